import type { Database, Statement } from 'better-sqlite3';
import type { TicketSummary } from '../../shared/contract/intake/ticket-views';
import { createTextMatches } from './text-matches';
import { ticketListFilter, type TicketListContext, type TicketListInput } from './ticket-list-filter';

/**
 * How far a list counts its matches. Past this the operator needs a
 * narrower filter, not an exact number, and counting a million rows on
 * every filter change would cost more than the page itself.
 */
export const listTotalCap = 10_000;

export interface TicketListPage {
  items: TicketSummary[];
  total: number;
  totalIsCapped: boolean;
}

/**
 * The tickets view: one page of keys in received order from an index, then
 * the summaries of just that page; the count stops at listTotalCap.
 * Statements are prepared once per filter shape.
 */
export function createListTickets(db: Database, summariesByKey: (keys: readonly number[]) => TicketSummary[]) {
  const pages = new Map<string, Statement<Record<string, string | number>, { ticket_key: number }>>();
  const counts = new Map<string, Statement<Record<string, string | number>, { n: number }>>();

  function pageStatement(where: string) {
    let statement = pages.get(where);
    if (!statement) {
      statement = db.prepare(
        `SELECT ticket_key FROM tickets WHERE ${where} ORDER BY received_at DESC, ticket_key DESC LIMIT :limit OFFSET :offset`,
      );
      pages.set(where, statement);
    }
    return statement;
  }

  function countStatement(where: string) {
    let statement = counts.get(where);
    if (!statement) {
      statement = db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM tickets WHERE ${where} LIMIT :cap)`);
      counts.set(where, statement);
    }
    return statement;
  }

  const textMatches = createTextMatches(db);

  return (input: TicketListInput, context: Omit<TicketListContext, 'textKeys'>): TicketListPage => {
    const text = input.text?.trim() ? textMatches(input.text, listTotalCap + 1) : null;
    const filter = ticketListFilter(input, { ...context, textKeys: text?.keys ?? null });
    const keys = pageStatement(filter.where)
      .all({ ...filter.params, limit: input.limit, offset: input.offset })
      .map((row) => row.ticket_key);
    const counted = countStatement(filter.where).get({ ...filter.params, cap: listTotalCap + 1 })?.n ?? 0;
    return {
      items: summariesByKey(keys),
      total: Math.min(counted, listTotalCap),
      // A text source that hit its cap means there are more matches than the ones counted.
      totalIsCapped: counted > listTotalCap || (text?.capped ?? false),
    };
  };
}
