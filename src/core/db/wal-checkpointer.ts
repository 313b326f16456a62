import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs in its own thread with its own connection. A PASSIVE checkpoint never
 * waits for the writer or the readers; it copies what it can and the next
 * round takes the rest. Plain CommonJS, evaluated, so it needs no file of
 * its own in the bundles (electron-vite) or a loader in the tests (tsx).
 */
const checkpointerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const closed = new Int32Array(workerData.closed);
const done = () => {
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
  parentPort.close();
};
let db;
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 50');
} catch (error) {
  parentPort.postMessage(String(error));
  done();
}
if (db) {
  const timer = setInterval(() => {
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next round */ }
  }, workerData.everyMs);
  parentPort.on('message', () => {
    clearInterval(timer);
    db.close();
    done();
  });
}
`;

export interface WalCheckpointer {
  /**
   * Closes the thread's connection before returning (waiting at most a
   * second), so whoever removes or copies the files next finds them closed.
   */
  stop(): void;
}

/**
 * Moves WAL checkpoints off the seat core's thread. SQLite's automatic
 * checkpoint runs inside whichever commit crosses 1,000 pages, so an
 * operator's save or a sync slice now and then took 50–100 ms copying pages
 * (bench sync: KB search p99 during an initial sync). With it switched off
 * on the writer, this thread checkpoints every `everyMs` instead, and the
 * WAL stays a few megabytes while the core never waits for it.
 */
export function startWalCheckpointer(db: Database, everyMs = 500): WalCheckpointer | null {
  if (db.memory) return null;
  const closed = new SharedArrayBuffer(4);
  const worker = new Worker(checkpointerSource, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), path: db.name, everyMs, closed },
  });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  // A thread that could not open the file hands checkpoints back to SQLite's own, in the commits.
  const handBack = () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.once('message', handBack);
  worker.once('error', handBack);
  return {
    stop() {
      worker.postMessage('stop');
      Atomics.wait(new Int32Array(closed), 0, 0, 1_000);
    },
  };
}
