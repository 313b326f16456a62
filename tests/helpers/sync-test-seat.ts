import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import type { IntakeTicket } from '../../src/shared/contract/intake/intake-ticket-schema';
import { createSeatCore, type SeatCore, type SeatCoreOptions } from '../../src/core/seat/seat-core';
import { createSeatClient, type SeatClient } from '../../src/shared/contract/seat-client';
import { completeTicket } from './complete-intake-ticket';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

export interface SyncTestSeat {
  core: SeatCore;
  client: SeatClient;
  databasePath: string;
  /** Finishes an intake (dispatch) and answers the new ticket's id. */
  dispatch(overrides?: Partial<IntakeTicket>): Promise<string>;
  close(): void;
}

/**
 * A real seat core on its own SQLite file, connected to a center URL,
 * with sync timings short enough for tests (the poll and backoff still run
 * on their own; tests call sync.now to be deterministic).
 */
export function openSyncTestSeat(dir: string, centerUrl: string, sync: SeatCoreOptions['sync'] = {}): SyncTestSeat {
  const databasePath = join(dir, 'seat.sqlite');
  const core = createSeatCore({
    databasePath,
    appVersion: 'test',
    resourcesDir,
    dispatcher: { validateOutput: true },
    sync: { pollMs: 60_000, backoff: { baseMs: 50, maxMs: 200 }, requestTimeoutMs: 5_000, ...sync },
  });
  const client = createSeatClient(core);
  return {
    core,
    client,
    databasePath,
    async dispatch(overrides = {}) {
      const finished = await client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket(overrides) });
      return finished.ticketId;
    },
    close: () => core.close(),
  };
}
