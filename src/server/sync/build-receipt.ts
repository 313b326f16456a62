import type { Database } from 'better-sqlite3';
import type { MutationReceipt } from '../../shared/sync/mutation-receipt-schema';
import type { SyncMutation } from '../../shared/sync/sync-mutation-schema';
import type { TicketStatus } from '../../shared/tickets/ticket-status';
import type { TicketOutcome } from '../tickets/ticket-outcome';
import { prepareCached } from '../store/prepare-cached';

/** Dresses a ticket operation's outcome as the receipt the seat keeps, with where the ticket now stands. */
export function buildReceipt(db: Database, mutation: SyncMutation, outcome: TicketOutcome, committedAt: number): MutationReceipt {
  const row = outcome.ticketId === null ? undefined : readReceiptTicket(db, outcome.ticketId);
  const ticket = row ? { id: row.id, number: row.number, status: row.status, version: row.last_change } : null;
  const base = { clientSeq: mutation.clientSeq, name: mutation.name, ticket, committedAt };
  switch (outcome.outcome) {
    case 'applied':
      return { ...base, outcome: 'applied', change: outcome.change };
    case 'rejected':
      return { ...base, outcome: 'rejected', reason: outcome.reason };
    case 'conflict':
      return { ...base, outcome: 'conflict', conflicts: outcome.conflicts };
  }
}

function readReceiptTicket(db: Database, ticketId: string) {
  return prepareCached<[string], { id: string; number: string; status: TicketStatus; last_change: number }>(
    db,
    'SELECT id, number, status, last_change FROM ticket WHERE id = ?',
  ).get(ticketId);
}
