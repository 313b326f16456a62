import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SeatMigration } from './migration';
import { runMigrations } from './run-migrations';
import { seatMigrations } from './migrations/seat-migrations';

/**
 * The seat's one writer connection. synchronous=FULL because a citizen's
 * request the operator saw as saved must survive a power cut.
 */
export function openSeatDatabase(path: string, migrations: readonly SeatMigration[] = seatMigrations): Database.Database {
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
