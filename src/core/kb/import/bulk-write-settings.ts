import type { Database } from 'better-sqlite3';

/**
 * Write settings for a full rebuild: an import into an empty knowledge
 * base, which can simply be run again if the machine fails during it.
 *
 * - synchronous = NORMAL instead of the seat's FULL while the documents
 *   go in: in WAL mode a commit is then not fsynced. A power cut may lose
 *   the last commits (the rebuild is redone) but never corrupts the file.
 *   FULL is back before the last commit, whose fsync makes the whole
 *   rebuild durable.
 * - No WAL checkpoint after every 1,000 pages inside the import's commits
 *   (the seat's checkpointer thread already keeps them out of commits;
 *   without it, one checkpoint follows the rebuild instead of dozens).
 * - FTS5 automerge off while inserting, then one 'optimize': the index
 *   ends as one segment instead of merging level by level on the way.
 *   Queries then read one segment per token, which matters most for the
 *   prefix of a single character (hundreds of bigrams).
 *
 * Only for synchronous imports: nothing else on this thread (a ticket, a
 * draft) can write through the connection while the settings hold.
 */
// FTS5's own default, restored after the rebuild.
const defaultAutomerge = 4;

export function withBulkWriteSettings<T>(db: Database, write: () => T): T {
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  setAutomerge(db, 0);
  try {
    return write();
  } finally {
    // PRAGMA takes no bound parameters; the value is the number SQLite gave us.
    db.pragma(`synchronous = ${Number(synchronous)}`);
    db.pragma(`wal_autocheckpoint = ${Number(autocheckpoint)}`);
    db.transaction(() => {
      db.prepare("INSERT INTO kb_fts (kb_fts) VALUES ('optimize')").run();
      setAutomerge(db, defaultAutomerge);
    })();
  }
}

function setAutomerge(db: Database, segments: number): void {
  // FTS5 wants an integer here, and a bound JS number arrives as a real: the value is ours, written inline.
  db.prepare(`INSERT INTO kb_fts (kb_fts, rank) VALUES ('automerge', ${Math.trunc(segments)})`).run();
}
