import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Builds the indexes named in deferred_indexes, each with its removal from
 * that list in one transaction, on its own connection. Plain CommonJS,
 * evaluated, like the WAL checkpointer, so the bundles need no extra file.
 */
const builderSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const rows = db.prepare('SELECT name, sql FROM deferred_indexes ORDER BY name').all();
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();
  const forget = db.prepare('DELETE FROM deferred_indexes WHERE name = ?');
  for (const row of rows) {
    db.transaction(() => {
      // Listed but present (made again by a later migration): only forget it.
      if (!exists.get(row.name)) db.exec(row.sql);
      forget.run(row.name);
    }).immediate();
  }
  parentPort.postMessage({ built: rows.length });
} catch (error) {
  parentPort.postMessage({ error: String(error) });
} finally {
  if (db) db.close();
}
`;

export interface DeferredIndexes {
  /**
   * Drops the table's non-unique indexes and keeps their definitions, in one
   * transaction: for a bulk load into a table whose lookups can wait. The
   * unique indexes stay, since inserts rely on them.
   */
  defer(table: string): void;
  /** How many indexes wait to be built. */
  pending(): number;
  /**
   * Builds every deferred index on another thread (the caller's thread keeps
   * answering searches meanwhile; its writes wait at most one index). Calls
   * while a build runs share it.
   */
  build(): Promise<void>;
}

export function deferredIndexes(db: Database): DeferredIndexes {
  const pendingCount = db.prepare<[], number>('SELECT count(*) FROM deferred_indexes').pluck();
  let building: Promise<void> | null = null;

  const defer = db.transaction((table: string) => {
    const indexes = db
      .prepare<[string], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
      )
      .all(table);
    const keep = db.prepare<[string, string]>('INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)');
    for (const index of indexes) {
      keep.run(index.name, index.sql);
      // The name comes from sqlite_master, never from input.
      db.exec(`DROP INDEX "${index.name}"`);
    }
  });

  /** The same steps as builderSource, on this connection. */
  function buildHere(): void {
    const rows = db.prepare<[], { name: string; sql: string }>('SELECT name, sql FROM deferred_indexes ORDER BY name').all();
    const exists = db.prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();
    const forget = db.prepare<[string]>('DELETE FROM deferred_indexes WHERE name = ?');
    for (const row of rows) {
      db.transaction(() => {
        if (!exists.get(row.name)) db.exec(row.sql);
        forget.run(row.name);
      }).immediate();
    }
  }

  function buildOnThread(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(builderSource, {
        eval: true,
        workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), path: db.name },
      });
      // A seat closing mid-build leaves the rest listed; the next start builds it.
      worker.unref();
      let answered = false;
      worker.once('message', (result: { built?: number; error?: string }) => {
        answered = true;
        if (result.error) reject(new Error(`building deferred indexes: ${result.error}`));
        else resolve();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (!answered) reject(new Error(`building deferred indexes: the thread stopped (exit code ${code})`));
      });
    });
  }

  return {
    defer: (table) => defer.immediate(table),
    pending: () => pendingCount.get() ?? 0,
    build() {
      if (!db.open || pendingCount.get() === 0) return Promise.resolve();
      if (!building) {
        // An in-memory database has no second connection; its tables are small (tests).
        building = (db.memory ? Promise.resolve().then(buildHere) : buildOnThread()).finally(() => {
          building = null;
        });
      }
      return building;
    },
  };
}
