import type { CenterMigration } from '../migration';

/**
 * The center's own settings (the token signing key), sign-in accounts and
 * their sessions. A session is one sign-in at one seat; its refresh token is
 * stored only as a hash and rotates on every refresh.
 */
export const accountsMigration: CenterMigration = {
  version: 1,
  name: '0001-accounts',
  up(db) {
    db.exec(`
      CREATE TABLE server_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE account (
        id            INTEGER PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE,
        display_name  TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('operator', 'callback', 'supervisor', 'admin', 'unit')),
        unit_id       TEXT,
        password_hash TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        -- A unit clerk acts for exactly one unit; nobody else acts for any.
        CHECK ((role = 'unit') = (unit_id IS NOT NULL))
      ) STRICT;

      CREATE TABLE auth_session (
        id           TEXT PRIMARY KEY,
        account_id   INTEGER NOT NULL REFERENCES account (id),
        seat_id      TEXT NOT NULL,
        client_id    TEXT,
        refresh_hash TEXT NOT NULL UNIQUE,
        created_at   INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL,
        revoked_at   INTEGER
      ) STRICT;
    `);
  },
};
