import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../../src/shared/sla/sla-durations';
import { initialTicketLifecycle, type TicketLifecycle } from '../../../src/shared/tickets/ticket-lifecycle';
import { CatalogStore } from '../../../src/server/catalog/catalog-store';
import { readDemoCatalog } from '../../../src/server/catalog/read-demo-catalog';
import { openCenterDatabase } from '../../../src/server/db/open-center-database';
import { nextSimulatedStep } from '../../../src/server/simulator/next-simulated-step';
import type { TicketRecord } from '../../../src/server/tickets/ticket-record';
import { ticketContent } from '../../integration/server/helpers/ticket-fixtures';

const db = openCenterDatabase(':memory:');
const catalog = new CatalogStore(db).publish(readDemoCatalog(fileURLToPath(new URL('../../../resources', import.meta.url))), 0);
afterAll(() => db.close());

function ticket(lifecycle: Partial<TicketLifecycle>, overrides: Partial<TicketRecord> = {}, id = 'ticket-1'): TicketRecord {
  return {
    id,
    number: '2026112200001',
    content: ticketContent(),
    callerPhoneKey: null,
    lifecycle: { ...initialTicketLifecycle(), ...lifecycle },
    slaClass: 'general',
    receivedAt: 0,
    dispatchedAt: 0,
    dispatchBy: null,
    feedbackBy: 0,
    catalogVersion: catalog.version,
    createdBy: { clientId: 'c', seatId: 's', username: 'operator' },
    createdAt: 0,
    fieldVersions: {} as TicketRecord['fieldVersions'],
    version: 1,
    lastActionAt: 0,
    ...overrides,
  };
}

describe('the simulated next step', () => {
  it('is the same for the same ticket and seed', () => {
    const dispatched = ticket({ status: 'dispatched', leadUnitId: 'street-110101001' });
    expect(nextSimulatedStep(dispatched, catalog, 1)).toEqual(nextSimulatedStep(dispatched, catalog, 1));
  });

  it('has the lead unit sign for a dispatched ticket, or sometimes return it; an emergency within minutes', () => {
    const actions = new Set<string>();
    for (let index = 0; index < 200; index += 1) {
      const step = nextSimulatedStep(ticket({ status: 'dispatched', leadUnitId: 'street-110101001' }, {}, `t-${index}`), catalog, 1);
      actions.add(step?.action.type ?? 'none');
      expect(step?.actor).toEqual({ role: 'unit', unitId: 'street-110101001' });
    }
    expect([...actions].sort()).toEqual(['return_to_center', 'sign_for']);
    const emergency = ticket({ status: 'dispatched', leadUnitId: 'district-110101' }, { content: ticketContent({ urgency: 'emergency' }) });
    const step = nextSimulatedStep(emergency, catalog, 1);
    expect(step?.action.type).toBe('sign_for');
    expect(step?.delayMs).toBeGreaterThanOrEqual(2 * MINUTE_MS);
    expect(step?.delayMs).toBeLessThanOrEqual(10 * MINUTE_MS);
  });

  it('never has a district government return a ticket: it is the owner of last resort', () => {
    for (let index = 0; index < 200; index += 1) {
      const step = nextSimulatedStep(ticket({ status: 'dispatched', leadUnitId: 'district-110101' }, {}, `g-${index}`), catalog, 1);
      expect(step?.action.type).toBe('sign_for');
    }
  });

  it('has co-units sign for and reply before the lead replies', () => {
    const signedFor = { status: 'signed_for' as const, leadUnitId: 'street-110101001' };
    expect(nextSimulatedStep(ticket({ ...signedFor, coUnits: [{ unitId: 'city.housing', status: 'dispatched' }] }), catalog, 1)?.action).toEqual({
      type: 'co_unit_sign_for',
      unitId: 'city.housing',
    });
    expect(nextSimulatedStep(ticket({ ...signedFor, coUnits: [{ unitId: 'city.housing', status: 'signed_for' }] }), catalog, 1)?.action).toEqual({
      type: 'co_unit_reply',
      unitId: 'city.housing',
    });
    const lead = nextSimulatedStep(ticket({ ...signedFor, coUnits: [{ unitId: 'city.housing', status: 'replied' }] }), catalog, 1);
    expect(lead?.action).toEqual({ type: 'reply' });
    expect(lead?.comment).toBeTruthy();
  });

  it('closes without a callback when the citizen declined one, else calls back', () => {
    const noConsent = ticket({ status: 'replied' }, { content: ticketContent({ callbackConsent: false }) });
    expect(nextSimulatedStep(noConsent, catalog, 1)?.action.type).toBe('close_without_callback');
    expect(nextSimulatedStep(ticket({ status: 'replied' }), catalog, 1)).toMatchObject({ actor: { role: 'callback' }, action: { type: 'record_callback' } });
  });

  it('has the desk send back, then supervise, then close an unsatisfied ticket', () => {
    const types = [0, 1, 2].map((reworkCount) => nextSimulatedStep(ticket({ status: 'unsatisfied', reworkCount }), catalog, 1)?.action.type);
    expect(types).toEqual(['return_for_rework', 'supervise', 'close']);
  });

  it('has the desk route a submitted ticket by the catalog, and a returned one to its district government', () => {
    const submitted = nextSimulatedStep(ticket({ status: 'received' }), catalog, 1);
    expect(submitted).toMatchObject({ actor: { role: 'center' }, action: { type: 'dispatch' } });
    expect(submitted?.delayMs).toBeLessThanOrEqual(HOUR_MS);
    expect(nextSimulatedStep(ticket({ status: 'returned' }), catalog, 1)?.action).toEqual({ type: 'dispatch', leadUnitId: 'district-110101' });
  });

  it('leaves queued, linked and finished tickets alone', () => {
    for (const status of ['queued', 'linked', 'closed', 'direct_answered'] as const) {
      expect(nextSimulatedStep(ticket({ status }), catalog, 1)).toBeNull();
    }
  });
});
