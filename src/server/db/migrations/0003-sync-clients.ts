import type { CenterMigration } from '../migration';

/**
 * Seats' sync identities and the dedupe records of their mutations. A
 * receipt row is written in the same transaction as the mutation it
 * answers, keyed by (client_id, client_seq), with a fingerprint of the
 * mutation so a replay is told apart from a reused sequence number.
 */
export const syncClientsMigration: CenterMigration = {
  version: 3,
  name: '0003-sync-clients',
  up(db) {
    db.exec(`
      CREATE TABLE sync_client (
        client_id     TEXT PRIMARY KEY,
        seat_id       TEXT NOT NULL,
        incarnation   INTEGER NOT NULL DEFAULT 0,
        last_seq      INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        registered_at INTEGER NOT NULL,
        last_seen_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_receipt (
        client_id    TEXT NOT NULL REFERENCES sync_client (client_id),
        client_seq   INTEGER NOT NULL CHECK (client_seq > 0),
        fingerprint  TEXT NOT NULL,
        receipt      TEXT NOT NULL,
        committed_at INTEGER NOT NULL,
        PRIMARY KEY (client_id, client_seq)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
