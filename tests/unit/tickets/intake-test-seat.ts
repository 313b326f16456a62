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
import type { IntakeTicket } from '../../../src/shared/contract/intake/intake-ticket-schema';
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

/** A complete, valid intake in 东城区 东华门街道: heating off, dispatched to the street office. */
export function completeTicket(overrides: Partial<IntakeTicket> = {}): IntakeTicket {
  return {
    channel: 'phone',
    appealType: 'complaint',
    callerPhone: '13812345678',
    callerName: '王女士',
    callerGender: 'female',
    anonymous: false,
    callbackConsent: true,
    callbackPhone: '',
    categoryId: 'heating.home.no-heat',
    districtCode: '110101',
    streetCode: '110101001',
    communityCode: '110101001001',
    address: '多福巷5号楼2单元',
    lat: null,
    lng: null,
    title: '多福巷社区5号楼至今未供暖',
    description: '来电人反映多福巷社区5号楼自11月15日起一直没有暖气，室内只有12度，家中有老人，物业称等待热力公司处理，希望尽快恢复供暖。',
    urgency: 'urgent',
    leadUnitId: 'street-110101001',
    coUnitIds: [],
    repeatOfTicketId: null,
    kbDocumentIds: [],
    ...overrides,
  };
}
