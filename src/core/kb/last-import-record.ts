import type { Database } from 'better-sqlite3';
import { kbLastImportSchema, type KbLastImport } from '../../shared/contract/kb/kb-status-schemas';

/**
 * The last import this seat ran, kept in seat_meta so Settings can say
 * when the knowledge base was last refreshed even after a restart.
 */
const metaKey = 'kb_last_import';

export function readLastImport(db: Database): KbLastImport | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM seat_meta WHERE key = ?').get(metaKey);
  if (!row) return null;
  try {
    const parsed = kbLastImportSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    // A record this code cannot read is as good as none; the next import replaces it.
    return null;
  }
}

export function writeLastImport(db: Database, record: KbLastImport): void {
  db.prepare('INSERT INTO seat_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    metaKey,
    JSON.stringify(record),
  );
}
