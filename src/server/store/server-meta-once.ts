import type { Database } from 'better-sqlite3';

/**
 * A value made once per center and kept in server_meta: the first call
 * stores `make()`, every later call (and every restart) reads it back.
 */
export function serverMetaOnce(db: Database, key: string, make: () => string): string {
  db.prepare<[string, string]>('INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(key, make());
  const value = db.prepare<[string], string>('SELECT value FROM server_meta WHERE key = ?').pluck().get(key);
  if (value === undefined) throw new Error(`server_meta has no ${key}`);
  return value;
}
