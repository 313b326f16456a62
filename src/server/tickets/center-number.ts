import type { Database } from 'better-sqlite3';
import { zonedFields } from '../../shared/sla/zoned-calendar';
import { prepareCached } from '../store/prepare-cached';

/** The hall's calendar: a call at 00:30 Beijing time belongs to that Beijing day, whatever the server's TZ. */
const centerTimeZone = 'Asia/Shanghai';

/**
 * The human ticket number: the Beijing date of the call and the day's
 * running number, 2026112200123. Five digits cover Beijing's ~70,000 calls
 * a day; a day past 99,999 gets six, which cannot collide with a five-digit
 * number of another day because the length differs.
 */
export function nextCenterNumber(db: Database, receivedAt: number): string {
  const { year, month, day } = zonedFields(receivedAt, centerTimeZone);
  const date = `${year}${pad(month, 2)}${pad(day, 2)}`;
  const row = prepareCached<[string], { last: number }>(
    db,
    `INSERT INTO ticket_number_day (day, last) VALUES (?, 1)
     ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(date);
  if (!row) throw new Error('the ticket number sequence did not advance');
  return `${date}${pad(row.last, 5)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
