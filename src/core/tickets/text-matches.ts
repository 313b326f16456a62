import type { Database } from 'better-sqlite3';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';
import { titleMatchExpression } from './title-search';

export interface TextMatches {
  /** Ticket keys whose title, number or caller number matches. */
  keys: number[];
  /** True when a source had more matches than `cap`: the keys are then its newest `cap`. */
  capped: boolean;
}

/**
 * The tickets a free-text search names, each source through its own index:
 * title words through the title FTS index, a ticket number (or its
 * leading digits, 20261122…) through the number index, a phone number
 * through the caller index. Each source stops at `cap` matches, newest
 * first, so a word in half the titles costs no more than a rare one; the
 * list then filters and orders these few.
 */
export function createTextMatches(db: Database): (text: string, cap: number) => TextMatches {
  const byTitle = db
    .prepare<[string, number], number>(
      'SELECT rowid FROM ticket_title_fts WHERE ticket_title_fts MATCH ? ORDER BY rowid DESC LIMIT ?',
    )
    .pluck();
  const byNumber = db
    .prepare<[string, string, number], number>('SELECT ticket_key FROM tickets WHERE number >= ? AND number < ? LIMIT ?')
    .pluck();
  const byCaller = db
    .prepare<[string, number], number>(
      'SELECT ticket_key FROM tickets WHERE caller_phone_key = ? ORDER BY received_at DESC LIMIT ?',
    )
    .pluck();

  return (text, cap) => {
    const found = new Set<number>();
    let capped = false;
    const add = (keys: number[]) => {
      if (keys.length >= cap) capped = true;
      for (const key of keys) found.add(key);
    };
    const match = titleMatchExpression(text);
    if (match !== null) add(byTitle.all(match, cap));
    const digits = text.replace(/[\s-]/g, '');
    // ':' sorts right after '9', so [digits, digits + ':') is every number starting with them.
    if (/^\d{6,}$/.test(digits)) add(byNumber.all(digits, `${digits}:`, cap));
    const phoneKey = phoneLookupKey(normalizePhone(text));
    if (phoneKey !== null) add(byCaller.all(phoneKey, cap));
    return { keys: [...found], capped };
  };
}
