import type { Database } from 'better-sqlite3';
import type { TicketSummary } from '../../shared/contract/intake/ticket-views';
import type { NormalizedPhone } from '../../shared/phone/normalized-phone';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';
import { isFinishedStatus } from '../../shared/tickets/ticket-status';
import { ticketSummaryColumns, toTicketSummary, type TicketSummaryRow } from './ticket-summary-row';

/**
 * How far back a screen-pop looks, and how much it shows. A serial caller
 * (职业举报人) can have thousands of tickets; reading only the newest few
 * hundred straight off the caller index keeps the lookup within a few
 * milliseconds, and an open ticket older than those is a rarity the
 * tickets view still finds by number.
 */
const historyScanned = 500;
const historyShown = 200;

export interface CallerHistory {
  phone: NormalizedPhone;
  tickets: TicketSummary[];
}

/**
 * Every local ticket from the caller's number, open ones first, then
 * newest. Withheld and unreadable numbers have no key to look up, so their
 * history is empty rather than "everyone else who withheld a number".
 */
export function createCallerHistory(db: Database): (phone: string) => CallerHistory {
  const newest = db.prepare<[string, number], TicketSummaryRow>(`
    SELECT ${ticketSummaryColumns}
    FROM tickets t
    WHERE t.caller_phone_key = ?
    ORDER BY t.received_at DESC, t.ticket_key DESC
    LIMIT ?`);
  return (raw) => {
    const phone = normalizePhone(raw);
    const key = phoneLookupKey(phone);
    if (key === null) return { phone, tickets: [] };
    const tickets = newest.all(key, historyScanned).map(toTicketSummary);
    const open = tickets.filter((ticket) => !isFinishedStatus(ticket.status));
    const finished = tickets.filter((ticket) => isFinishedStatus(ticket.status));
    return { phone, tickets: [...open, ...finished].slice(0, historyShown) };
  };
}
