import type { Database } from 'better-sqlite3';
import { runMigrations as runNumberedMigrations, type DatabaseOwner } from '../../shared/storage/numbered-migrations';
import type { CenterMigration } from './migration';

export { schemaVersion } from '../../shared/storage/numbered-migrations';

export const centerDatabase: DatabaseOwner = {
  subject: 'center',
  advice: 'upgrade the server, or start it with another --data-dir',
};

export function runMigrations(db: Database, migrations: readonly CenterMigration[], upTo?: number): number {
  return runNumberedMigrations(db, migrations, centerDatabase, upTo);
}
