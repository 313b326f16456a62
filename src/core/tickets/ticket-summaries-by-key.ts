import type { Database } from 'better-sqlite3';
import type { TicketSummary } from '../../shared/contract/intake/ticket-views';
import { ticketSummaryColumns, toTicketSummary, type TicketSummaryRow } from './ticket-summary-row';

/**
 * Summaries for keys found by a cheaper query first (an index-only scan or a
 * ranking), in the order of the keys: the second step reads only the rows
 * that are shown.
 */
export function createTicketSummariesByKey(db: Database): (keys: readonly number[]) => TicketSummary[] {
  const select = db.prepare<[string], TicketSummaryRow>(
    `SELECT ${ticketSummaryColumns} FROM tickets t WHERE t.ticket_key IN (SELECT value FROM json_each(?))`,
  );
  return (keys) => {
    if (keys.length === 0) return [];
    const byKey = new Map(select.all(JSON.stringify(keys)).map((row) => [row.ticket_key, row]));
    return keys.flatMap((key) => {
      const row = byKey.get(key);
      return row ? [toTicketSummary(row)] : [];
    });
  };
}
