import type { Database } from 'better-sqlite3';

/**
 * Prepared statements, compiled once per database and SQL text. Preparing
 * costs more than running a simple statement, and a push runs a dozen per
 * mutation, so compiling each time would be most of the work. The few
 * statements whose text is assembled (from a fixed list of column names)
 * are cached too; the cap only guards against a bug that would make the
 * texts unbounded.
 */
const maxStatementsPerDatabase = 1000;
const caches = new WeakMap<Database, Map<string, unknown>>();

export function prepareCached<P extends unknown[] | object = unknown[], R = unknown>(db: Database, sql: string): ReturnType<typeof db.prepare<P, R>> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql) as ReturnType<typeof db.prepare<P, R>> | undefined;
  if (!statement) {
    if (cache.size >= maxStatementsPerDatabase) cache.clear();
    statement = db.prepare<P, R>(sql);
    cache.set(sql, statement);
  }
  return statement;
}
