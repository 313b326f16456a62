import type { Database } from 'better-sqlite3';
import type { MutationReceipt } from '../../shared/sync/mutation-receipt-schema';
import { pushLimits } from '../../shared/sync/push-schemas';
import type { SyncMutation } from '../../shared/sync/sync-mutation-schema';

type SyncStateKey = 'ticket_cursor' | 'kb_cursor' | 'last_sync_at';

export interface OutboxRow {
  clientSeq: number;
  name: string;
  args: string;
}

/** A push's worth of outbox rows: at most 100 mutations and 4 MiB of JSON, whichever comes first. */
export const pushBatchLimits = { maxMutations: pushLimits.maxMutations, maxBytes: pushLimits.maxBodyBytes - 64 * 1024 } as const;

/**
 * The sync engine's view of the seat database: cursors, the outbox as the
 * push reads and acknowledges it, and refused mutations. Each write is one
 * statement or one transaction, so a SIGKILL leaves either the old or the
 * new state, never half.
 */
export function createSyncStore(db: Database) {
  const readState = db.prepare<[string], number>('SELECT value FROM sync_state WHERE key = ?').pluck();
  const writeState = db.prepare<[string, number]>(
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const outboxPage = db.prepare<[number], OutboxRow>(
    'SELECT client_seq AS clientSeq, mutation AS name, args FROM outbox ORDER BY client_seq LIMIT ?',
  );
  const pendingCount = db.prepare<[], number>('SELECT count(*) FROM outbox').pluck();
  const dropAcknowledged = db.prepare<[number]>('DELETE FROM outbox WHERE client_seq <= ?');
  const dropOne = db.prepare<[number]>('DELETE FROM outbox WHERE client_seq = ?');
  const insertRejection = db.prepare<[number, string, string | null, string, string, string, number]>(
    `INSERT OR IGNORE INTO sync_rejections (client_seq, mutation, ticket_id, args, outcome, receipt, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const rejectionCount = db.prepare<[], number>('SELECT count(*) FROM sync_rejections WHERE dismissed_at IS NULL').pluck();

  const state = (key: SyncStateKey) => readState.get(key) ?? 0;
  const bumpIncarnation = db.prepare("UPDATE seat_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'incarnation'");
  const readIncarnation = db.prepare<[], string>("SELECT value FROM seat_meta WHERE key = 'incarnation'").pluck();
  const readCenterId = db.prepare<[], string>("SELECT value FROM seat_meta WHERE key = 'center_id'").pluck();
  const keepCenterId = db.prepare<[string]>("INSERT INTO seat_meta (key, value) VALUES ('center_id', ?)");
  const firstPending = db.prepare<[], number | null>('SELECT min(client_seq) FROM outbox').pluck();
  const negateSeqs = db.prepare('UPDATE outbox SET client_seq = -client_seq');
  const shiftSeqs = db.prepare<[number]>('UPDATE outbox SET client_seq = -client_seq + ?');
  const raiseSequence = db.prepare<[number]>(
    "UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(client_seq), 0) FROM outbox), ?) WHERE name = 'outbox'",
  );

  /**
   * This database is a restored copy: the center already holds sequence
   * numbers it handed out again. The unsent rows move up to start where the
   * center expects, in order, under a new incarnation (so the superseded
   * copy, if it still runs, is refused). Returns the new incarnation.
   */
  const renumberAsNewIncarnation = db.transaction((expectedSeq: number): number => {
    const first = firstPending.get() ?? expectedSeq;
    negateSeqs.run();
    shiftSeqs.run(expectedSeq - first);
    raiseSequence.run(expectedSeq - 1);
    bumpIncarnation.run();
    return Number(readIncarnation.get());
  });

  /**
   * Applies a push's answer in one transaction: rows the center holds (up to
   * its lastClientSeq) leave the outbox, and each refusal is kept in
   * sync_rejections, so a crash between the two cannot drop a refusal the
   * operator has not seen.
   */
  const settle = db.transaction((receipts: readonly MutationReceipt[], sent: readonly OutboxRow[], lastClientSeq: number, at: number) => {
    const argsBySeq = new Map(sent.map((row) => [row.clientSeq, row.args]));
    for (const receipt of receipts) {
      if (receipt.outcome === 'applied') continue;
      const args = argsBySeq.get(receipt.clientSeq);
      if (args === undefined) continue;
      const ticketId = (JSON.parse(args) as { ticketId?: string }).ticketId ?? null;
      insertRejection.run(receipt.clientSeq, receipt.name, ticketId, args, receipt.outcome, JSON.stringify(receipt), at);
    }
    dropAcknowledged.run(lastClientSeq);
  });

  return {
    ticketCursor: () => state('ticket_cursor'),
    kbCursor: () => state('kb_cursor'),
    setKbCursor: (cursor: number) => writeState.run('kb_cursor', Math.max(state('kb_cursor'), cursor)),
    lastSyncAt: (): number | null => readState.get('last_sync_at') ?? null,
    setLastSyncAt: (at: number) => writeState.run('last_sync_at', at),
    pendingCount: () => pendingCount.get() ?? 0,
    rejectionCount: () => rejectionCount.get() ?? 0,
    /**
     * Binds this database to the first center it meets and says whether
     * `centerId` is that center. A database from before centers had ids
     * binds to the one it syncs with now.
     */
    isOwnCenter(centerId: string): boolean {
      const bound = readCenterId.get();
      if (bound !== undefined) return bound === centerId;
      keepCenterId.run(centerId);
      return true;
    },
    /** The next push: the oldest rows, within the push limits. */
    nextBatch(): OutboxRow[] {
      const rows = outboxPage.all(pushBatchLimits.maxMutations);
      const batch: OutboxRow[] = [];
      let bytes = 0;
      for (const row of rows) {
        bytes += row.args.length * 3;
        if (batch.length > 0 && bytes > pushBatchLimits.maxBytes) break;
        batch.push(row);
      }
      return batch;
    },
    settle: (receipts: readonly MutationReceipt[], sent: readonly OutboxRow[], lastClientSeq: number, at: number) =>
      settle.immediate(receipts, sent, lastClientSeq, at),
    /** Only for the planted bug the simulation must catch: a row dropped as soon as it is sent. */
    dropSent: (rows: readonly OutboxRow[]) => {
      for (const row of rows) dropOne.run(row.clientSeq);
    },
    renumberAsNewIncarnation: (expectedSeq: number) => renumberAsNewIncarnation.immediate(expectedSeq),
  };
}
export type SyncStore = ReturnType<typeof createSyncStore>;

/** The wire form of an outbox row; its args were checked against the schema when it was queued. */
export function toWireMutation(row: OutboxRow): SyncMutation {
  return { clientSeq: row.clientSeq, name: row.name, args: JSON.parse(row.args) as unknown } as SyncMutation;
}
