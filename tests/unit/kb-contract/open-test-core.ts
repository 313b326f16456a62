import { join } from 'node:path';
import type { EventName, EventPayload } from '../../../src/shared/contract/events';
import type { MethodInput, MethodName, MethodOutput } from '../../../src/shared/contract/methods';
import { createSeatClient } from '../../../src/shared/contract/seat-client';
import { createSeatCore } from '../../../src/core/seat/seat-core';
import { shippedResourcesDir } from '../../helpers/core-worker-from-source';

/**
 * A real seat core over a fresh SQLite file in `dir`, with outputs checked
 * against the contract, and every event it emits recorded.
 */
export function openTestCore(dir: string, { resourcesDir = shippedResourcesDir }: { resourcesDir?: string } = {}) {
  const core = createSeatCore({
    databasePath: join(dir, 'seat.sqlite'),
    appVersion: 'kb-contract-test',
    resourcesDir,
    dispatcher: { validateOutput: true },
  });
  const client = createSeatClient(core);
  const seen: { event: EventName; payload: unknown }[] = [];
  const watched: EventName[] = ['kb.changed', 'kb.importProgress'];
  for (const event of watched) core.subscribe(event, (payload) => seen.push({ event, payload }));
  return {
    core,
    invoke: core.invoke,
    call: <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => client.call(method, input),
    events: <E extends EventName>(event: E) => seen.filter((entry) => entry.event === event).map((entry) => entry.payload as EventPayload<E>),
  };
}
