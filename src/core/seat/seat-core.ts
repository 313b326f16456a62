import type { SeatBridge } from '../../shared/contract/bridge';
import { createCatalogHandlers } from '../catalog/catalog-handlers';
import { openCatalogKeeper } from '../catalog/catalog-keeper';
import { demoCatalogFile } from '../catalog/demo-catalog-file';
import { createLastGoodCatalogStore } from '../catalog/last-good-catalog-store';
import { createDispatcher, type DispatcherOptions } from '../contract/dispatcher';
import { createEventBus } from '../contract/event-bus';
import { openSeatDatabase } from '../db/open-seat-database';
import { startWalCheckpointer } from '../db/wal-checkpointer';
import { createKbHandlers } from '../kb/kb-handlers';
import { createRoutingHandlers } from '../routing/routing-handlers';
import { createSeatKnowledgeBase } from '../kb/seat-knowledge-base';
import { createIntakeHandlers } from '../tickets/intake-handlers';
import { createSyncEngine, type SyncEngineOptions } from '../sync/sync-engine';
import { createSyncHandlers } from '../sync/sync-handlers';
import type { EventBus } from '../contract/event-bus';
import { createSeatHandlers } from './seat-handlers';
import { readSeatIdentity } from './seat-identity';

export interface SeatCoreOptions {
  databasePath: string;
  appVersion: string;
  /** The shipped data: resources/catalog (the demo catalog) and resources/kb (the demo knowledge base). */
  resourcesDir: string;
  dispatcher?: Pick<DispatcherOptions, 'validateOutput' | 'onHandlerFailure'>;
  /** Timings and the transport of the sync engine (tests and the simulation); the product uses the defaults. */
  sync?: Omit<SyncEngineOptions, 'db' | 'identity' | 'emit' | 'catalogs' | 'knowledgeBase'>;
}

export interface SeatCore extends SeatBridge {
  close(): void;
}

/** Everything below the shell: the database, the handlers and the events, behind one bridge. */
export function createSeatCore(options: SeatCoreOptions): SeatCore {
  const startedAt = Date.now();
  const db = openSeatDatabase(options.databasePath);
  const checkpointer = startWalCheckpointer(db);
  const identity = readSeatIdentity(db);
  const bus = createEventBus();
  const catalogs = openCatalogKeeper({
    store: createLastGoodCatalogStore(db),
    shippedFile: demoCatalogFile(options.resourcesDir),
    onChange: (version) => bus.emit('catalog.changed', { version }),
  });
  const knowledgeBase = createSeatKnowledgeBase({ db, resourcesDir: options.resourcesDir, emit: bus.emit });
  const sync = createSyncEngine({ ...options.sync, db, identity, emit: bus.emit, catalogs, knowledgeBase });
  // A local write queued mutations: push now rather than at the next poll.
  const emitLocalWrite: EventBus['emit'] = (event, payload) => {
    bus.emit(event, payload);
    if (event === 'tickets.changed') sync.localChange();
  };
  const invoke = createDispatcher(
    {
      ...createSeatHandlers({ db, identity, appVersion: options.appVersion, startedAt }),
      ...createSyncHandlers(sync),
      ...createCatalogHandlers(catalogs),
      ...createRoutingHandlers(catalogs),
      ...createKbHandlers(knowledgeBase, db),
      ...createIntakeHandlers({ db, author: identity.clientId, catalog: catalogs.active, emit: emitLocalWrite, centerLookup: sync.lookup, operator: sync.operator }),
    },
    options.dispatcher,
  );
  return {
    invoke,
    subscribe: bus.subscribe,
    close: () => {
      sync.close();
      catalogs.close();
      knowledgeBase.close();
      checkpointer?.stop();
      db.close();
    },
  };
}
