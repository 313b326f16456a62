import type { SeatBridge } from '../../shared/contract/bridge';
import { createDispatcher, type DispatcherOptions } from '../contract/dispatcher';
import { createEventBus } from '../contract/event-bus';
import { openSeatDatabase } from '../db/open-seat-database';
import { createSyncStatusHandlers } from './sync-status-handlers';
import { createSeatHandlers } from './seat-handlers';
import { readSeatIdentity } from './seat-identity';

export interface SeatCoreOptions {
  databasePath: string;
  appVersion: string;
  /** The shipped data: resources/catalog (the demo catalog) and resources/kb (the demo knowledge base). */
  resourcesDir: string;
  dispatcher?: Pick<DispatcherOptions, 'validateOutput' | 'onHandlerFailure'>;
}

export interface SeatCore extends SeatBridge {
  close(): void;
}

/** Everything below the shell: the database, the handlers and the events, behind one bridge. */
export function createSeatCore(options: SeatCoreOptions): SeatCore {
  const startedAt = Date.now();
  const db = openSeatDatabase(options.databasePath);
  const identity = readSeatIdentity(db);
  const bus = createEventBus();
  const invoke = createDispatcher(
    {
      ...createSeatHandlers({ db, identity, appVersion: options.appVersion, startedAt }),
      ...createSyncStatusHandlers(),
    },
    options.dispatcher,
  );
  return {
    invoke,
    subscribe: bus.subscribe,
    close: () => db.close(),
  };
}
