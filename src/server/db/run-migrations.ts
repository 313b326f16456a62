import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError } from './database-too-new-error';
import type { Migration } from './migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the store up to the newest migration, one immediate transaction per
 * step, so a crash mid-way leaves a known version. The same pattern as the
 * seat's (src/core/db), kept separate because the center may not import the
 * seat core.
 */
export function runMigrations(db: Database, migrations: readonly Migration[], upTo?: number): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
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
