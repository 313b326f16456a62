import { serveBench } from './bench-child';
import { MemoryPouchDB, PouchDB } from './pouchdb-memory';
import type { PouchReplicaReply, PouchReplicaRequest } from './pouchdb-peer';

/**
 * The PouchDB peer's replica (see pouchdb-peer.ts): a fresh in-memory
 * PouchDB pulls every document from the server, timed from the start of
 * the replication to its completion, as a new seat's initial sync is.
 */
async function replicate(url: string, batchSize: number): Promise<PouchReplicaReply> {
  const replica = new MemoryPouchDB(`replica-${Date.now()}`);
  // The base constructor with the http adapter: the memory defaults would take the URL for a local name.
  const source = new PouchDB(url, { adapter: 'http' });
  const started = performance.now();
  const result = await replica.replicate.from(source, { batch_size: batchSize });
  const ms = performance.now() - started;
  const info = await replica.info();
  return { type: 'replicated', ms, docsWritten: result.docs_written, docCount: info.doc_count };
}

serveBench<PouchReplicaRequest, PouchReplicaReply>((message) => replicate(message.url, message.batchSize));
