import type { Handlers } from '../contract/dispatcher';

/**
 * Until the sync engine lands there is no center to talk to: the status is
 * honest about that rather than pretending to be offline.
 */
export function createSyncStatusHandlers(): Pick<Handlers, 'sync.status'> {
  return {
    'sync.status': () => ({ connection: 'not_configured', pending: 0, lastSyncAt: null }),
  };
}
