import { DAY_MS } from '../../shared/sla/sla-durations';
import type { PullQuery, PullResponse } from '../../shared/sync/pull-schemas';
import type { SyncTicket } from '../../shared/sync/sync-ticket-schema';
import type { PlantedCenterBugs } from '../center-options';
import type { Clock } from '../clock';
import type { TicketWriter } from '../store/ticket-writer';
import { loadSyncTickets } from '../tickets/ticket-documents';
import { subscribe } from './subscriptions';
import { prepareCached } from '../store/prepare-cached';

/**
 * Pull: the tickets of a seat's scope written after its cursor, in commit
 * order. A seat's scope is what it created, what it opened or changed, and
 * everything received city-wide in the last `windowDays` days (the hall
 * answers calls about any recent ticket). Each ticket comes in its latest
 * state, once, at the change number of its latest write, which is why the
 * order is commit order: the counter is bumped inside each write
 * transaction, never taken from a clock.
 */
export class PullService {
  constructor(
    private readonly writer: TicketWriter,
    private readonly clock: Clock,
    private readonly windowDays: number,
    private readonly plantedBugs: PlantedCenterBugs = {},
  ) {}

  pull(clientId: string, query: PullQuery): PullResponse {
    const db = this.writer.db;
    const now = this.clock();
    if (this.plantedBugs.cursorFromUpdatedAt) return this.pullByTimestamp(query);
    // One read transaction: the page and the cursor describe the same snapshot.
    return db.transaction(() => {
      const rows = prepareCached<{ cursor: number; clientId: string; windowStart: number; limit: number }, { id: string; last_change: number }>(
        db,
        `SELECT t.id, t.last_change FROM ticket t
         WHERE t.last_change > @cursor
           AND (t.created_by_client = @clientId
             OR t.received_at >= @windowStart
             OR EXISTS (SELECT 1 FROM sync_subscription s WHERE s.client_id = @clientId AND s.ticket_id = t.id))
         ORDER BY t.last_change
         LIMIT @limit`,
      ).all({ cursor: query.cursor, clientId, windowStart: now - this.windowDays * DAY_MS, limit: query.limit + 1 });
      const hasMore = rows.length > query.limit;
      const page = rows.slice(0, query.limit);
      // A full page ends at its last ticket's change; the last page ends at the newest change, in scope or not.
      const cursor = hasMore ? (page.at(-1)?.last_change ?? query.cursor) : this.writer.cursor();
      return { tickets: loadSyncTickets(db, page.map((row) => row.id)), cursor, hasMore, serverTime: now };
    })();
  }

  /** The planted bug: a ticket written after a seat's cursor passed its timestamp is never pulled by that seat. */
  private pullByTimestamp(query: PullQuery): PullResponse {
    const db = this.writer.db;
    const now = this.clock();
    const rows = prepareCached<{ cursor: number; limit: number }, { id: string; received_at: number }>(
      db,
      'SELECT id, received_at FROM ticket WHERE received_at > @cursor ORDER BY received_at LIMIT @limit',
    ).all({ cursor: query.cursor, limit: query.limit + 1 });
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const cursor = page.at(-1)?.received_at ?? query.cursor;
    return { tickets: loadSyncTickets(db, page.map((row) => row.id)), cursor, hasMore, serverTime: now };
  }

  /** Tickets the operator opened from outside the scope: returned now, and pulled from now on. */
  open(clientId: string, ticketIds: readonly string[]): { tickets: SyncTicket[]; missing: string[] } {
    const db = this.writer.db;
    const now = this.clock();
    return db
      .transaction(() => {
        const tickets = loadSyncTickets(db, ticketIds);
        for (const ticket of tickets) subscribe(db, clientId, ticket.id, now);
        const found = new Set(tickets.map((ticket) => ticket.id));
        return { tickets, missing: ticketIds.filter((id) => !found.has(id)) };
      })
      .immediate();
  }
}
