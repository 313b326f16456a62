import type { Database } from 'better-sqlite3';
import type { Migration } from '../../shared/storage/numbered-migrations';

/** One numbered schema step of the center's store. */
export type CenterMigration = Migration<Database>;
