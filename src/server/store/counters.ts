import type { Database } from 'better-sqlite3';
import { prepareCached } from './prepare-cached';

/**
 * The center's change counters (0002-catalog-and-kb). `tickets` numbers
 * every ticket write and is the sync cursor; `kb` numbers publications and
 * is the knowledge-base cursor. Bumped only inside the write transaction it
 * numbers, with one UPDATE … RETURNING, so numbers follow commit order: a
 * reader can never see change n+1 without n.
 */
export type CounterName = 'tickets' | 'kb';

export function nextCount(db: Database, name: CounterName): number {
  const row = prepareCached<[CounterName], { n: number }>(db, 'UPDATE counter SET n = n + 1 WHERE name = ? RETURNING n').get(name);
  if (!row) throw new Error(`the counter "${name}" is missing`);
  return row.n;
}

export function currentCount(db: Database, name: CounterName): number {
  const row = prepareCached<[CounterName], { n: number }>(db, 'SELECT n FROM counter WHERE name = ?').get(name);
  if (!row) throw new Error(`the counter "${name}" is missing`);
  return row.n;
}
