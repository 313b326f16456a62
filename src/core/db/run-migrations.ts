import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError } from './database-too-new-error';
import type { Migration } from './migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest migration, one transaction per step,
 * so a crash mid-way leaves a database at a known version. Refuses a database
 * written by newer code rather than guess at its shape.
 */
export function runMigrations(db: Database, migrations: readonly Migration[], upTo?: number): number {
  assertOrdered(migrations);
  const known = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > known) throw new DatabaseTooNewError(db.name, current, known);
  const target = upTo ?? known;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is a number from our own list.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
