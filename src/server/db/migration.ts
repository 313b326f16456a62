import type { Database } from 'better-sqlite3';

/** One numbered schema step of the center's store; it runs in one transaction with its user_version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
