import type { Database } from 'better-sqlite3';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives the memory of a finished bulk job (a knowledge-base import of
 * hundreds of documents) back to the operating system.
 *
 * V8 keeps the heap pages such a job churned through in a pool for reuse
 * instead of unmapping them: after a full rebuild of 8,000 documents they
 * are ~50 MB of the core's resident memory, and neither ordinary
 * collections nor V8's idle memory reducer return them (measured: still
 * resident after 40 s idle). Only a memory-reducing ("last resort")
 * collection does. Node has no API for one; the GC function V8 installs
 * in a new context under --expose-gc does, so the flag is set just long
 * enough to create one such context, then cleared again so no other
 * context gets a global `gc`. The collection takes ~30–100 ms, once, after
 * work that took seconds; it stops the caller's thread meanwhile, which is
 * why a seat's first pull does not use it (a search typed then would wait).
 *
 * SQLite's part: the connection's page cache, filled by the job's writes,
 * is released with PRAGMA shrink_memory.
 */
type CollectGarbage = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collectGarbage: CollectGarbage | undefined;

function memoryReducingCollector(): CollectGarbage {
  // A process started with --expose-gc (the benches) already has one, and keeps its flag.
  const global = (globalThis as { gc?: CollectGarbage }).gc;
  if (global) return global;
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    try {
      collectGarbage = runInNewContext('gc') as CollectGarbage;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  return collectGarbage;
}

export function giveBackMemory(db?: Database): void {
  if (db?.open) db.pragma('shrink_memory');
  memoryReducingCollector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
