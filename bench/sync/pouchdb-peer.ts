import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkBenchChild } from './bench-child';

export interface PouchPeerResult {
  docs: number;
  /** A fresh PouchDB replicating every document from the server: the figure to compare with the seat's initial sync. */
  replicateMs: number;
  docsWritten: number;
  batchSize: number;
  /** Loading the server (not timed against anything; shown so a slow run can be told apart). */
  serverLoadMs: number;
}

export type PouchServerRequest = { type: 'load'; file: string };
export type PouchServerReply = { type: 'ready'; url: string; docs: number; loadMs: number };
export type PouchReplicaRequest = { type: 'replicate'; url: string; batchSize: number };
export type PouchReplicaReply = { type: 'replicated'; ms: number; docsWritten: number; docCount: number };

/** PouchDB's own default: documents per `_changes` page and per `_bulk_get`. */
export const pouchDefaultBatchSize = 100;

/**
 * The peer for the seat's initial sync: the same documents (the center's
 * tickets as a pull delivers them, one PouchDB document each) served by
 * express-pouchdb, the HTTP layer of pouchdb-server, and replicated into a
 * fresh PouchDB. Server and replica each run in a process of their own, as
 * center and seat do. Both use PouchDB's memory adapter (no native LevelDB
 * build needed); the seat writes SQLite with synchronous=FULL on disk, so the
 * comparison flatters PouchDB on storage and measures protocol and engine.
 */
export async function pouchdbReplicationTime(docs: readonly { id: string }[], batchSize = pouchDefaultBatchSize): Promise<PouchPeerResult> {
  const [result] = await pouchdbReplicationTimes(docs, [batchSize]);
  if (!result) throw new Error('no PouchDB replication ran');
  return result;
}

/** The same, once per batch size, each into a fresh replica process, from one server loaded once. */
export async function pouchdbReplicationTimes(docs: readonly { id: string }[], batchSizes: readonly number[]): Promise<PouchPeerResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sync-bench-pouch-'));
  const file = join(dir, 'docs.jsonl');
  const server = forkBenchChild<PouchServerRequest, PouchServerReply>(join(import.meta.dirname, 'pouchdb-server-child.ts'));
  try {
    await writeJsonLines(file, docs);
    server.send({ type: 'load', file });
    const ready = await server.next('ready', 600_000);
    const results: PouchPeerResult[] = [];
    for (const batchSize of batchSizes) {
      const replica = forkBenchChild<PouchReplicaRequest, PouchReplicaReply>(join(import.meta.dirname, 'pouchdb-replica-child.ts'));
      try {
        replica.send({ type: 'replicate', url: ready.url, batchSize });
        const done = await replica.next('replicated', 1_800_000);
        if (done.docCount !== docs.length) throw new Error(`PouchDB replicated ${done.docCount} of ${docs.length} documents`);
        results.push({ docs: docs.length, replicateMs: done.ms, docsWritten: done.docsWritten, batchSize, serverLoadMs: ready.loadMs });
      } finally {
        await replica.stop();
      }
    }
    return results;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One document a line, streamed: 100,000 tickets are a few hundred MB of JSON, too much for one string. */
async function writeJsonLines(file: string, docs: readonly { id: string }[]): Promise<void> {
  const out = createWriteStream(file);
  for (const doc of docs) {
    if (!out.write(`${JSON.stringify({ _id: doc.id, ...doc })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
