import Database from 'better-sqlite3';
import { join } from 'node:path';
import { runMigrations } from '../../src/core/db/run-migrations';
import { seatMigrations } from '../../src/core/db/migrations/seat-migrations';

/**
 * Opens a real database file migrated up to `version`, so a migration test
 * can plant rows the way an older seat left them and then run the next step.
 */
export function databaseAtVersion(dir: string, version: number) {
  const db = new Database(join(dir, 'seat.sqlite'));
  db.pragma('foreign_keys = ON');
  runMigrations(db, seatMigrations, version);
  return {
    db,
    migrateTo: (target: number) => runMigrations(db, seatMigrations, target),
    migrateToLatest: () => runMigrations(db, seatMigrations),
  };
}
