import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CenterMigration } from './migration';
import { centerMigrations } from './migrations/center-migrations';
import { runMigrations } from './run-migrations';

/**
 * The center's one writer connection. synchronous=FULL, not NORMAL: a push
 * receipt tells the seat it may delete the mutation from its outbox, so a
 * commit acknowledged to a seat must survive a power cut, or the operator's
 * saved work would vanish from both sides (sync invariant 1). In WAL mode
 * FULL costs one fsync per commit (about 0.3 ms on this machine's disk),
 * far inside the push budget.
 */
export function openCenterDatabase(path: string, migrations: readonly CenterMigration[] = centerMigrations): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    runMigrations(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
