import type { Database } from 'better-sqlite3';

/** One numbered schema step; it runs inside a transaction with the user_version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
