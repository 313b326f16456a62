import type { CenterMigration } from '../migration';

/**
 * Published catalogs (every version kept; the newest is in force) and the
 * knowledge base as the center publishes it: one row per document with its
 * current Markdown, and a publication number so seats fetch changes since a
 * cursor. The named counters are the center's change counters: `tickets`
 * orders ticket writes, `kb` orders publications; each is bumped inside the
 * transaction that writes, so its order is the commit order.
 */
export const catalogAndKbMigration: CenterMigration = {
  version: 2,
  name: '0002-catalog-and-kb',
  up(db) {
    db.exec(`
      CREATE TABLE counter (
        name TEXT PRIMARY KEY,
        n    INTEGER NOT NULL CHECK (n >= 0)
      ) STRICT;
      INSERT INTO counter (name, n) VALUES ('tickets', 0), ('kb', 0);

      CREATE TABLE catalog (
        seq          INTEGER PRIMARY KEY,
        version      TEXT NOT NULL UNIQUE,
        document     TEXT NOT NULL,
        etag         TEXT NOT NULL,
        published_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE kb_document (
        id           TEXT PRIMARY KEY,
        version      INTEGER NOT NULL CHECK (version > 0),
        markdown     TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        kb_change    INTEGER NOT NULL UNIQUE,
        published_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
