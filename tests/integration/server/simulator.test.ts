import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../src/shared/sla/sla-durations';
import { checkPath } from '../../../src/shared/tickets/legal-path';
import { UnitSimulator, type UnitSimulatorOptions } from '../../../src/server/simulator/unit-simulator';
import { lifecycleHistory } from './helpers/lifecycle-history';
import { openTestCenter, type TestCenter } from './helpers/test-center';
import { createMutation, demo, requestMutation } from './helpers/ticket-fixtures';

const simulatorOptions: UnitSimulatorOptions = {
  speed: 1,
  seed: 42,
  maxActionsPerStep: 50,
  scanLimit: 500,
  tickMs: 1000,
  onError: (error) => {
    throw error;
  },
};

/** A center with `count` tickets from one seat: dispatched, submitted to the desk, some with a co-unit, some without callback consent. */
async function centerWithTickets(count: number) {
  const t = await openTestCenter({ accessTokenTtlMs: 365 * DAY_MS });
  const seat = await t.seat();
  const mutations = [];
  let seq = 0;
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    // The same ticket ids in every center this builds: the simulator's dice are keyed on them.
    const ticketId = `0196f5a8-0000-7000-8000-${String(index).padStart(12, '0')}`;
    ids.push(ticketId);
    const urgency = (['normal', 'urgent', 'emergency'] as const)[index % 3];
    mutations.push(createMutation((seq += 1), ticketId, { urgency, callbackConsent: index % 5 !== 0 }));
    const action =
      index % 4 === 3
        ? ({ type: 'submit' } as const)
        : ({ type: 'dispatch', leadUnitId: demo.leadUnit, ...(index % 4 === 2 ? { coUnitIds: [demo.coUnit] } : {}) } as const);
    mutations.push(requestMutation((seq += 1), ticketId, action));
  }
  if (mutations.length > 0) await seat.pushOk(mutations);
  return { t, seat, ids };
}

/** Steps the simulated world every 10 minutes for `days` days; returns every action taken. */
function run(t: TestCenter, simulator: UnitSimulator, days: number) {
  const acted = [];
  for (let minute = 0; minute < days * 24 * 60; minute += 10) {
    t.advance(10 * 60_000);
    acted.push(...simulator.step(t.now()).acted);
  }
  return acted;
}

describe('unit simulator', () => {
  const opened: TestCenter[] = [];
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.close();
  });

  it('works every ticket through the loop to closed, along legal paths only', async () => {
    const { t, seat } = await centerWithTickets(24);
    opened.push(t);
    const simulator = new UnitSimulator(t.center.services.writer, t.center.services.catalogs, simulatorOptions);
    const acted = run(t, simulator, 30);
    expect(acted.every((action) => action.outcome === 'applied')).toBe(true);
    const tickets = (await seat.pull(0, 1000)).tickets;
    expect(tickets).toHaveLength(24);
    for (const ticket of tickets) {
      expect(ticket.lifecycle.status, ticket.id).toBe('closed');
      expect(checkPath(lifecycleHistory(ticket))).toMatchObject({ ok: true });
    }
    const kinds = new Set(acted.map((action) => action.action));
    for (const kind of ['sign_for', 'co_unit_sign_for', 'co_unit_reply', 'reply', 'record_callback', 'close_without_callback', 'dispatch']) {
      expect(kinds, kind).toContain(kind);
    }
    // Events are timed by the simulated clock, never before the ticket's previous one.
    for (const ticket of tickets) {
      const times = ticket.events.map((event) => event.at);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
  });

  it('tells the same story for the same seed, and a different one for another seed', async () => {
    const stories = [];
    for (const seed of [7, 7, 8]) {
      const { t } = await centerWithTickets(12);
      opened.push(t);
      const simulator = new UnitSimulator(t.center.services.writer, t.center.services.catalogs, { ...simulatorOptions, seed });
      stories.push(JSON.stringify(run(t, simulator, 3)));
    }
    expect(stories[1]).toBe(stories[0]);
    expect(stories[2]).not.toBe(stories[0]);
  });

  it('paces the work by urgency and speed: nothing happens before its time', async () => {
    const { t } = await centerWithTickets(3);
    opened.push(t);
    const simulator = new UnitSimulator(t.center.services.writer, t.center.services.catalogs, { ...simulatorOptions, speed: 60 });
    // The fastest step anywhere is an emergency sign-for after 2 minutes, two seconds at 60x.
    expect(simulator.step(t.now() + 1_000).acted).toEqual([]);
    t.advance(HOUR_MS / 60);
    expect(simulator.step(t.now()).acted.length).toBeGreaterThan(0);
  });

  it('acts at most maxActionsPerStep times per step', async () => {
    const { t } = await centerWithTickets(20);
    opened.push(t);
    const simulator = new UnitSimulator(t.center.services.writer, t.center.services.catalogs, { ...simulatorOptions, maxActionsPerStep: 5 });
    t.advance(DAY_MS);
    expect(simulator.step(t.now()).acted).toHaveLength(5);
  });

  it('sweeps past tickets that are not due yet to reach the ones that are', async () => {
    const { t } = await centerWithTickets(0);
    opened.push(t);
    const seat = await t.seat();
    // Many general tickets that will not be signed for within 15 minutes, then one emergency that will.
    const mutations = [];
    let seq = 0;
    // Fixed ids: the simulator's dice are seeded by ticket id, and a random id
    // sends about one emergency in twelve back to the center instead (8 % odds).
    const urgencies = [...Array<'normal'>(30).fill('normal'), 'emergency' as const];
    for (const [index, urgency] of urgencies.entries()) {
      const ticketId = `01900000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`;
      mutations.push(createMutation((seq += 1), ticketId, { urgency }));
      mutations.push(requestMutation((seq += 1), ticketId, { type: 'dispatch', leadUnitId: demo.leadUnit }));
    }
    const urgent = mutations.at(-1)?.args.ticketId;
    await seat.pushOk(mutations);
    const simulator = new UnitSimulator(t.center.services.writer, t.center.services.catalogs, { ...simulatorOptions, scanLimit: 8 });
    const acted = [];
    t.advance(10 * 60_000);
    for (let step = 0; step < 6; step += 1) acted.push(...simulator.step(t.now()).acted);
    expect(acted.map((action) => action.ticketId)).toContain(urgent);
  });
});
