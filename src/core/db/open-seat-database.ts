import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SeatMigration } from './migration';
import { prepareWriterDatabase } from '../../shared/storage/numbered-migrations';
import { seatDatabase } from './run-migrations';
import { seatMigrations } from './migrations/seat-migrations';

/**
 * The seat's one writer connection. synchronous=FULL because a citizen's
 * request the operator saw as saved must survive a power cut.
 */
export function openSeatDatabase(path: string, migrations: readonly SeatMigration[] = seatMigrations): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return prepareWriterDatabase(new Database(path), migrations, seatDatabase);
}
