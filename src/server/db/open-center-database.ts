import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CenterMigration } from './migration';
import { centerMigrations } from './migrations/center-migrations';
import { prepareWriterDatabase } from '../../shared/storage/numbered-migrations';
import { centerDatabase } from './run-migrations';

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
  return prepareWriterDatabase(new Database(path), migrations, centerDatabase);
}
