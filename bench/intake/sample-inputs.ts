import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../../src/shared/contract/methods';
import { DAY_MS } from '../../src/shared/sla/sla-durations';

/** Numbers of tickets across the store: frequent callers and one-time callers alike, as the switch would send them. */
export function samplePhones(db: Database, count: number): string[] {
  const maxKey = db.prepare<[], number>('SELECT max(ticket_key) FROM tickets').pluck().get() ?? 0;
  const phoneOf = db.prepare<[number], string>(
    'SELECT caller_phone_raw FROM tickets WHERE ticket_key = ? AND caller_phone_key IS NOT NULL',
  ).pluck();
  const phones: string[] = [];
  while (phones.length < count) {
    const phone = phoneOf.get(1 + Math.floor(Math.random() * maxKey));
    if (phone !== undefined) phones.push(phone);
  }
  return phones;
}

/**
 * "Already reported?" as the operator types: a recent ticket's place and
 * category, and a retelling of its text (the first part of the title and
 * notes), so there is a real near-duplicate to find among the candidates.
 */
export function sampleSimilarQueries(db: Database, count: number, now: number): MethodInput<'intake.similar'>[] {
  const rows = db
    .prepare<[number, number], { title: string; body: string; category_id: string; street_code: string; lat: number | null; lng: number | null }>(`
      SELECT t.title, n.body, t.category_id, t.street_code, t.lat, t.lng
      FROM tickets t JOIN ticket_notes n ON n.ticket_key = t.ticket_key AND n.revision = 1
      WHERE t.received_at >= ? ORDER BY random() LIMIT ?`)
    .all(now - 30 * DAY_MS, count);
  return rows.map((row, i) => {
    const base = {
      title: row.title.slice(0, Math.max(4, row.title.length - 2)),
      description: row.body.slice(0, 60),
      categoryId: row.category_id,
    };
    // A third with coordinates, a third with the street, a third with only the category chosen so far.
    if (i % 3 === 0 && row.lat !== null) return { ...base, streetCode: row.street_code, lat: row.lat, lng: row.lng };
    if (i % 3 === 2) return base;
    return { ...base, streetCode: row.street_code };
  });
}

/** The filters an operator flips through in the tickets view, by name. */
export function listFilters(db: Database): Record<string, MethodInput<'tickets.list'>> {
  const newest = db
    .prepare<[], { title: string; number: string | null; caller_phone_raw: string }>(
      'SELECT title, number, caller_phone_raw FROM tickets WHERE number IS NOT NULL AND caller_phone_key IS NOT NULL ORDER BY ticket_key DESC LIMIT 1',
    )
    .get();
  return {
    'all, newest first': {},
    'all, page 50': { offset: 5000 },
    'open (at a unit)': { statuses: ['dispatched', 'signed_for', 'rework'] },
    'district': { districtCode: '110108' },
    'category group (level 1)': { categoryId: 'housing' },
    'category leaf': { categoryId: 'heating.home.no-heat' },
    'mine': { mineOnly: true },
    'overdue': { overdueOnly: true },
    'appeal type + district + last 7 days': { appealTypes: ['complaint'], districtCode: '110105', receivedFrom: Date.now() - 7 * DAY_MS },
    'text: common word (漏水)': { text: '漏水' },
    'text: a ticket title': { text: newest?.title.slice(0, 8) ?? '' },
    'text: rare word': { text: '石景山游乐园' },
    'text: a day of ticket numbers': { text: newest?.number?.slice(0, 8) ?? '' },
    'text: a caller number': { text: newest?.caller_phone_raw ?? '' },
  };
}
