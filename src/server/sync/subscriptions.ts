import type { Database } from 'better-sqlite3';
import { prepareCached } from '../store/prepare-cached';

/**
 * Adds a ticket to a seat's pull scope for good: tickets it opened from
 * outside its scope, and tickets it changed (a seat that edited an old
 * ticket must see what becomes of it).
 */
export function subscribe(db: Database, clientId: string, ticketId: string, now: number): void {
  prepareCached(db, 'INSERT INTO sync_subscription (client_id, ticket_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
    clientId,
    ticketId,
    now,
  );
}
