/**
 * The few PouchDB calls the peer makes, typed here. express-pouchdb ships
 * no types, and @types/pouchdb-core declares a global `Buffer` interface
 * that merges into Node's and breaks every Buffer in the project.
 */
declare module 'pouchdb-core' {
  interface PouchDatabase {
    bulkDocs(docs: object[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    replicate: {
      from(source: PouchDatabase, options?: { batch_size?: number; batches_limit?: number }): Promise<{ ok: boolean; docs_written: number; docs_read: number }>;
    };
  }

  interface PouchConstructor {
    new (name: string, options?: { adapter?: string }): PouchDatabase;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: { adapter?: string }): PouchConstructor;
  }

  const PouchDB: PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { Server } from 'node:http';

  interface ExpressPouchDBOptions {
    /** `minimumForPouchDB`: only the endpoints PouchDB replication needs. */
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    /** Keep the server's config in memory instead of writing config.json to the working directory. */
    inMemoryConfig?: boolean;
  }

  interface ExpressPouchDBApp {
    listen(port: number, host: string): Server;
  }

  export default function expressPouchDB(PouchDB: unknown, options?: ExpressPouchDBOptions): ExpressPouchDBApp;
}
