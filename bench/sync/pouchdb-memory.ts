import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

/** PouchDB with what the peer needs: in-memory databases, HTTP remotes and replication. */
export { PouchDB };
/** A constructor whose databases live in memory (memdown), for server and replica alike. */
export const MemoryPouchDB = PouchDB.defaults({ adapter: 'memory' });
