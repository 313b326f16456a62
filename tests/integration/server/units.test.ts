import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import type { SyncTicket } from '../../../src/shared/sync/sync-ticket-schema';
import { checkPath } from '../../../src/shared/tickets/legal-path';
import { lifecycleHistory } from './helpers/lifecycle-history';
import { DAY_MS, HOUR_MS } from '../../../src/shared/sla/sla-durations';
import { openTestCenter, type TestCenter, type TestSeat } from './helpers/test-center';
import { createMutation, demo, requestMutation } from './helpers/ticket-fixtures';

describe('unit-side API and the lifecycle engine', () => {
  let t: TestCenter;
  let seat: TestSeat;
  let seq: number;
  beforeEach(async () => {
    t = await openTestCenter({ accessTokenTtlMs: 30 * DAY_MS });
    seat = await t.seat();
    seq = 0;
  });
  afterEach(async () => t.close());

  async function dispatchedTicket(coUnitIds: string[] = []): Promise<string> {
    const ticketId = uuidv7();
    await seat.pushOk([
      createMutation((seq += 1), ticketId),
      requestMutation((seq += 1), ticketId, { type: 'dispatch', leadUnitId: demo.leadUnit, ...(coUnitIds.length ? { coUnitIds } : {}) }),
    ]);
    return ticketId;
  }

  async function unit(username: string) {
    const tokens = await t.login(username, { clientId: null, seatId: 'unit-terminal-1' });
    const headers = { authorization: `Bearer ${tokens.accessToken}` };
    const post = (ticketId: string, step: string, payload: object) =>
      t.app.inject({ method: 'POST', url: `/v1/units/tickets/${ticketId}/${step}`, headers, payload });
    return {
      post,
      async ok(ticketId: string, step: string, payload: object = {}): Promise<SyncTicket> {
        const response = await post(ticketId, step, payload);
        if (response.statusCode !== 200) throw new Error(`${step}: ${response.statusCode} ${response.body}`);
        return response.json().ticket;
      },
      list: async (scope = 'open') => (await t.app.inject({ method: 'GET', url: `/v1/units/tickets?scope=${scope}`, headers })).json().tickets as SyncTicket[],
    };
  }

  it('works a ticket through the whole loop: sign-for, co-units, reply, callback, rating; every status an immutable event', async () => {
    const ticketId = await dispatchedTicket([demo.coUnit]);
    const lead = await unit(demo.leadUnitAccount);
    const co = await unit(demo.coUnitAccount);
    expect((await lead.list()).map((ticket) => ticket.id)).toEqual([ticketId]);
    expect((await co.list()).map((ticket) => ticket.id)).toEqual([ticketId]);

    t.advance(HOUR_MS);
    expect((await lead.ok(ticketId, 'sign-for', { comment: '已安排' })).lifecycle.status).toBe('signed_for');
    await co.ok(ticketId, 'sign-for');
    // The lead may not reply while its co-unit is still working.
    const early = await lead.post(ticketId, 'reply', { text: '已处理' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ type: problemTypes.transitionRejected, code: 'co_units_pending' });
    await co.ok(ticketId, 'reply', { text: '协办完成' });
    t.advance(DAY_MS);
    const replied = await lead.ok(ticketId, 'reply', { text: '已联系诉求人，问题已解决。' });
    expect(replied.lifecycle).toMatchObject({ status: 'replied', coUnits: [{ unitId: demo.coUnit, status: 'replied' }] });

    const callback = await t.seat('callback');
    await callback.pushOk([
      requestMutation(1, ticketId, { type: 'record_callback', solved: true }, '诉求人表示已解决'),
      requestMutation(2, ticketId, { type: 'rate_satisfied' }),
    ]);
    const closed = (await seat.pull(0)).tickets.find((ticket) => ticket.id === ticketId);
    expect(closed?.lifecycle).toMatchObject({ status: 'closed', rating: 'satisfied', solvedAtCallback: true });
    expect(closed?.events.map((event) => event.status)).toEqual([
      'queued',
      'dispatched',
      'signed_for',
      'signed_for',
      'signed_for',
      'replied',
      'callback_done',
      'closed',
    ]);
    expect(checkPath(lifecycleHistory(closed!)).ok).toBe(true);
    // Evidence is never rewritten.
    expect(() => t.center.services.db.prepare('UPDATE ticket_event SET at = 0').run()).toThrow(/immutable/);
    expect(() => t.center.services.db.prepare('DELETE FROM ticket_event').run()).toThrow(/immutable/);
  });

  it('lets the lead unit return a ticket as not ours, and restarts the feedback clock on a new dispatch', async () => {
    const ticketId = await dispatchedTicket();
    const lead = await unit(demo.leadUnitAccount);
    t.advance(2 * HOUR_MS);
    const returned = await lead.ok(ticketId, 'return', { reason: '不在本辖区' });
    expect(returned.lifecycle).toMatchObject({ status: 'returned', leadUnitId: null });
    expect(returned.events.at(-1)?.comment).toBe('不在本辖区');
    // No longer the unit's: it cannot see or touch it.
    expect(await lead.list()).toEqual([]);
    expect((await lead.post(ticketId, 'sign-for', {})).statusCode).toBe(404);

    const supervisor = await t.seat('supervisor');
    t.advance(HOUR_MS);
    const redispatch = await supervisor.pushOk([requestMutation(1, ticketId, { type: 'dispatch', leadUnitId: demo.coUnit })]);
    expect(redispatch.receipts[0]).toMatchObject({ outcome: 'applied', ticket: { status: 'dispatched' } });
    const ticket = (await supervisor.pull(0)).tickets.find((candidate) => candidate.id === ticketId);
    expect(ticket?.dispatchedAt).toBe(t.now());
    expect(ticket?.feedbackBy).toBe(t.now() + 7 * DAY_MS);
  });

  it('calls in co-units for the lead only, and refuses unknown units', async () => {
    const ticketId = await dispatchedTicket();
    const lead = await unit(demo.leadUnitAccount);
    await lead.ok(ticketId, 'sign-for');
    const withCo = await lead.ok(ticketId, 'request-co-units', { unitIds: [demo.coUnit] });
    expect(withCo.lifecycle.coUnits).toEqual([{ unitId: demo.coUnit, status: 'dispatched' }]);
    const co = await unit(demo.coUnitAccount);
    const notLead = await co.post(ticketId, 'request-co-units', { unitIds: ['utility.water-group'] });
    expect(notLead.statusCode).toBe(409);
    expect(notLead.json().code).toBe('not_lead_unit');
    const unknown = await lead.post(ticketId, 'request-co-units', { unitIds: ['no-such-unit'] });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().code).toBe('unknown_reference');
  });

  it('answers 404 for a ticket of another unit and 409 for a step the state machine refuses', async () => {
    const ticketId = await dispatchedTicket();
    const other = await unit(demo.otherUnitAccount);
    const foreign = await other.post(ticketId, 'sign-for', {});
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().type).toBe(problemTypes.notFound);
    const lead = await unit(demo.leadUnitAccount);
    const tooEarly = await lead.post(ticketId, 'reply', { text: '已处理' });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json()).toMatchObject({ code: 'illegal_in_status', detail: expect.stringContaining('dispatched') });
  });

  it('sends an unsatisfied ticket back for rework, which the unit signs for again', async () => {
    const ticketId = await dispatchedTicket();
    const lead = await unit(demo.leadUnitAccount);
    await lead.ok(ticketId, 'sign-for');
    await lead.ok(ticketId, 'reply', { text: '已处理' });
    const callback = await t.seat('callback');
    await callback.pushOk([
      requestMutation(1, ticketId, { type: 'record_callback', solved: false }),
      requestMutation(2, ticketId, { type: 'rate_unsatisfied' }),
    ]);
    const supervisor = await t.seat('supervisor');
    await supervisor.pushOk([requestMutation(1, ticketId, { type: 'return_for_rework' }, '请重新核实')]);
    const again = await lead.ok(ticketId, 'sign-for');
    expect(again.lifecycle).toMatchObject({ status: 'signed_for', reworkCount: 1, rating: 'unsatisfied' });
    expect(checkPath(lifecycleHistory(again)).ok).toBe(true);
  });
});
