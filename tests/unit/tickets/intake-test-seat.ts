import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../../src/core/contract/dispatcher';
import { createEventBus } from '../../../src/core/contract/event-bus';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { readSeatIdentity } from '../../../src/core/seat/seat-identity';
import type { CatalogInForce } from '../../../src/core/tickets/catalog-in-force';
import { createIntakeHandlers } from '../../../src/core/tickets/intake-handlers';
import { indexCatalog } from '../../../src/shared/catalog/catalog-index';
import { validateCatalog } from '../../../src/shared/catalog/validate-catalog';
import type { EventName } from '../../../src/shared/contract/events';
import { createSeatClient } from '../../../src/shared/contract/seat-client';
import { shippedResourcesDir } from '../../helpers/core-worker-from-source';

let shipped: CatalogInForce | undefined;

/** The demo catalog the seat ships, validated and indexed once per test file. */
export function shippedCatalog(): CatalogInForce {
  if (!shipped) {
    const document: unknown = JSON.parse(readFileSync(join(shippedResourcesDir, 'catalog', 'catalog.json'), 'utf8'));
    const validation = validateCatalog(document);
    if (!validation.ok) throw new Error(`the shipped catalog is invalid: ${validation.problems[0]?.reason}`);
    shipped = { catalog: validation.catalog, index: indexCatalog(validation.catalog) };
  }
  return shipped;
}

/** 2026-11-22 10:00 in Beijing. */
export const testEpoch = Date.UTC(2026, 10, 22, 2, 0, 0);

/**
 * The intake handlers on a real seat database file, behind the real
 * dispatcher with output validation, a clock the test moves, and every
 * event recorded.
 */
export function openIntakeTestSeat(dir: string, catalog: () => CatalogInForce | null = shippedCatalog) {
  const db = openSeatDatabase(join(dir, 'seat.sqlite'));
  const author = readSeatIdentity(db).clientId;
  const clock = { now: testEpoch };
  const bus = createEventBus();
  const emitted: { event: EventName; payload: unknown }[] = [];
  const emit: typeof bus.emit = (event, payload) => {
    emitted.push({ event, payload });
    bus.emit(event, payload);
  };
  const handlers = createIntakeHandlers({ db, author, catalog, emit, now: () => clock.now });
  const client = createSeatClient({ invoke: createDispatcher(handlers, { validateOutput: true }), subscribe: bus.subscribe });
  return { db, author, clock, client, emitted, close: () => db.close() };
}
export type IntakeTestSeat = ReturnType<typeof openIntakeTestSeat>;

export { completeTicket } from '../../helpers/complete-intake-ticket';
