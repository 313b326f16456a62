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
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 50');
const round = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next round */ }
};
const timer = setInterval(round, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Asks the thread to close its connection and end; it holds nothing the writer needs. */
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
  const worker = new Worker(checkpointerSource, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), path: db.name, everyMs },
  });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  // A thread that cannot open the file (it was removed, or no threads are left) hands checkpoints back to SQLite.
  worker.once('error', () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  return { stop: () => worker.postMessage('stop') };
}
