import type { Database } from 'better-sqlite3';
import type { Migration } from '../../shared/storage/numbered-migrations';

/** One numbered step of the seat's store. */
export type SeatMigration = Migration<Database>;
