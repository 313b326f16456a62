import type { Database } from 'better-sqlite3';
import { mutationReceiptSchema, type MutationReceipt } from '../../shared/sync/mutation-receipt-schema';
import { prepareCached } from '../store/prepare-cached';

export interface StoredReceipt {
  fingerprint: string;
  receipt: MutationReceipt;
}

export function findReceipt(db: Database, clientId: string, clientSeq: number): StoredReceipt | null {
  const row = prepareCached<[string, number], { fingerprint: string; receipt: string }>(
    db,
    'SELECT fingerprint, receipt FROM sync_receipt WHERE client_id = ? AND client_seq = ?',
  ).get(clientId, clientSeq);
  return row ? { fingerprint: row.fingerprint, receipt: mutationReceiptSchema.parse(JSON.parse(row.receipt)) } : null;
}

/**
 * Stores a mutation's receipt and advances the client's sequence. Called in
 * the transaction that applied (or refused) the mutation, so the receipt,
 * the effect and the sequence number commit together or not at all.
 */
export function storeReceipt(db: Database, clientId: string, fingerprint: string, receipt: MutationReceipt, now: number): void {
  prepareCached(db, 'INSERT INTO sync_receipt (client_id, client_seq, fingerprint, receipt, committed_at) VALUES (?, ?, ?, ?, ?)').run(
    clientId,
    receipt.clientSeq,
    fingerprint,
    JSON.stringify(receipt),
    now,
  );
  const advanced = prepareCached(db, 'UPDATE sync_client SET last_seq = ?, last_seen_at = ? WHERE client_id = ? AND last_seq = ?')
    .run(receipt.clientSeq, now, clientId, receipt.clientSeq - 1);
  if (advanced.changes !== 1) throw new Error(`client ${clientId} is not at sequence ${receipt.clientSeq - 1}`);
}
