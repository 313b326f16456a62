import type { SeatMigration } from '../migration';

/**
 * Every catalog version the seat has applied, the current one marked, so
 * the seat starts with its last good catalog when the shipped file (or,
 * later, the center's) is broken, and tickets filed under an older version
 * can still be shown with that version's names.
 */
export const catalogStoreMigration: SeatMigration = {
  version: 4,
  name: '0004-catalog-store',
  up(db) {
    db.exec(`
      -- body is the whole catalog document as JSON (~0.5 MB for the demo);
      -- the seat only ever reads it whole, so it is not split into tables.
      CREATE TABLE catalog_version (
        version      TEXT PRIMARY KEY,
        published_at INTEGER NOT NULL,
        source       TEXT NOT NULL CHECK (source IN ('file', 'center')),
        body         TEXT NOT NULL CHECK (json_valid(body)),
        applied_at   INTEGER NOT NULL,
        is_current   INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1))
      ) STRICT;

      -- At most one current version, enforced by the database itself.
      CREATE UNIQUE INDEX catalog_version_one_current ON catalog_version (is_current) WHERE is_current = 1;
    `);
  },
};
