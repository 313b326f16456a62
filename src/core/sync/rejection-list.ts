import type { Database } from 'better-sqlite3';
import type { SyncRejection } from '../../shared/contract/sync/sync-method-schemas';
import { mutationReceiptSchema } from '../../shared/sync/mutation-receipt-schema';
import { syncMutationNameSchema } from '../../shared/sync/sync-mutation-names';

interface RejectionRow {
  client_seq: number;
  mutation: string;
  ticket_id: string | null;
  title: string | null;
  receipt: string;
  at: number;
}

/** Refused mutations the operator has not dismissed, newest first, each with its reason as the center gave it. */
export function createRejectionList(db: Database) {
  const open = db.prepare<[], RejectionRow>(
    `SELECT r.client_seq, r.mutation, r.ticket_id, t.title, r.receipt, r.at
     FROM sync_rejections r LEFT JOIN tickets t ON t.id = r.ticket_id
     WHERE r.dismissed_at IS NULL ORDER BY r.client_seq DESC`,
  );
  const dismiss = db.prepare<[number, number]>('UPDATE sync_rejections SET dismissed_at = ? WHERE client_seq = ? AND dismissed_at IS NULL');
  return {
    list: (): SyncRejection[] => open.all().flatMap((row) => toRejection(row)),
    dismiss: (clientSeq: number, at: number) => dismiss.run(at, clientSeq).changes > 0,
  };
}

function toRejection(row: RejectionRow): SyncRejection[] {
  const receipt = mutationReceiptSchema.safeParse(JSON.parse(row.receipt));
  const mutation = syncMutationNameSchema.safeParse(row.mutation);
  if (!receipt.success || !mutation.success || receipt.data.outcome === 'applied') return [];
  const base = { clientSeq: row.client_seq, mutation: mutation.data, ticketId: row.ticket_id, ticketTitle: row.title, at: row.at };
  if (receipt.data.outcome === 'conflict') {
    const fields = receipt.data.conflicts.map((conflict) => conflict.field).join(', ');
    return [{ ...base, outcome: 'conflict', reasonCode: 'conflict', message: `changed on the center since you saw it: ${fields}`, path: null, conflicts: receipt.data.conflicts }];
  }
  const { reason } = receipt.data;
  return [{ ...base, outcome: 'rejected', reasonCode: reason.code, message: reason.message, path: reason.path ?? null, conflicts: [] }];
}
