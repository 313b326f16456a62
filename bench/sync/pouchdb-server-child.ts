import { createReadStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import expressPouchDB from 'express-pouchdb';
import { serveBench } from './bench-child';
import type { PouchServerReply, PouchServerRequest } from './pouchdb-peer';
import { MemoryPouchDB } from './pouchdb-memory';

/**
 * The PouchDB peer's server (see pouchdb-peer.ts): express-pouchdb, the
 * CouchDB-compatible HTTP layer pouchdb-server runs, in its minimal mode
 * (the endpoints replication uses), over an in-memory database loaded from
 * a JSON-lines file in bulks of 1,000.
 */
const databaseName = 'tickets';

async function load(file: string): Promise<PouchServerReply> {
  const started = performance.now();
  const db = new MemoryPouchDB(databaseName);
  let bulk: object[] = [];
  let docs = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line === '') continue;
    bulk.push(JSON.parse(line) as object);
    if (bulk.length === 1000) {
      docs += bulk.length;
      await db.bulkDocs(bulk);
      bulk = [];
    }
  }
  if (bulk.length > 0) await db.bulkDocs(bulk);
  docs += bulk.length;
  const loadMs = performance.now() - started;
  const app = expressPouchDB(MemoryPouchDB, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  return { type: 'ready', url: `http://127.0.0.1:${port}/${databaseName}`, docs, loadMs };
}

serveBench<PouchServerRequest, PouchServerReply>((message) => load(message.file));
