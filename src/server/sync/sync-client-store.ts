import type { Database } from 'better-sqlite3';
import { prepareCached } from '../store/prepare-cached';

/** A seat database known to the center, and how far its mutations have been applied. */
export interface SyncClientRecord {
  clientId: string;
  seatId: string;
  incarnation: number;
  lastSeq: number;
}

interface SyncClientRow {
  client_id: string;
  seat_id: string;
  incarnation: number;
  last_seq: number;
}

/**
 * Seats register their client id when they sign in: the center then knows
 * which hall position a database sits at, and a first push finds its row.
 * A database moved to another position keeps its sequence, only its seat changes.
 */
export function registerSyncClient(db: Database, clientId: string, seatId: string, now: number): void {
  prepareCached(
    db,
    `INSERT INTO sync_client (client_id, seat_id, registered_at, last_seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET seat_id = excluded.seat_id, last_seen_at = excluded.last_seen_at`,
  ).run(clientId, seatId, now, now);
}

export function findSyncClient(db: Database, clientId: string): SyncClientRecord | null {
  const row = prepareCached<[string], SyncClientRow>(db, 'SELECT * FROM sync_client WHERE client_id = ?').get(clientId);
  return row ? { clientId: row.client_id, seatId: row.seat_id, incarnation: row.incarnation, lastSeq: row.last_seq } : null;
}
