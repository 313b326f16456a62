import type { Database } from 'better-sqlite3';
import { syncMutationArgsSchemas } from '../../shared/sync/sync-mutation-schema';
import type { SyncMutationName } from '../../shared/sync/sync-mutation-names';
import type { z } from 'zod';

type ArgsOf<N extends SyncMutationName> = z.input<(typeof syncMutationArgsSchemas)[N]>;

export interface OutboxStore {
  /**
   * Queues a mutation in its wire shape and returns its client_seq. Call
   * inside the transaction that writes the local change.
   */
  append<N extends SyncMutationName>(name: N, ticketKey: number, args: ArgsOf<N>, at: number): number;
}

/**
 * Appends to the outbox. It never opens a transaction of its own: a mutation
 * is only meaningful together with the local write it describes, so the
 * caller's transaction holds both (ARCHITECTURE.md, "Sync protocol"). The
 * args are checked against the wire schema here, so a row that the center
 * would refuse as malformed can never be queued (and block the queue).
 */
export function createOutboxStore(db: Database): OutboxStore {
  const insert = db.prepare<[string, number, string, number]>(
    'INSERT INTO outbox (mutation, ticket_key, args, created_at) VALUES (?, ?, ?, ?)',
  );
  return {
    append(name, ticketKey, args, at) {
      const wire = syncMutationArgsSchemas[name].parse(args);
      return Number(insert.run(name, ticketKey, JSON.stringify(wire), at).lastInsertRowid);
    },
  };
}
