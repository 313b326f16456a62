import type { Database } from 'better-sqlite3';
import { runMigrations as runNumberedMigrations, type DatabaseOwner } from '../../shared/storage/numbered-migrations';
import type { SeatMigration } from './migration';

export { schemaVersion } from '../../shared/storage/numbered-migrations';

export const seatDatabase: DatabaseOwner = {
  subject: 'seat',
  advice: 'upgrade Seat, or point it at another data directory',
};

export function runMigrations(db: Database, migrations: readonly SeatMigration[], upTo?: number): number {
  return runNumberedMigrations(db, migrations, seatDatabase, upTo);
}
