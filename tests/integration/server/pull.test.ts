import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { DAY_MS } from '../../../src/shared/sla/sla-durations';
import { openTestCenter, type TestCenter } from './helpers/test-center';
import { createMutation, dispatchToDemoUnit, noteMutation, requestMutation } from './helpers/ticket-fixtures';

describe('sync pull', () => {
  let t: TestCenter;
  beforeEach(async () => {
    // Days pass in these tests; the seats' tokens must outlive them.
    t = await openTestCenter({ accessTokenTtlMs: 30 * DAY_MS });
  });
  afterEach(async () => t.close());

  it('returns tickets in commit order, each once in its latest state, with a cursor that only grows', async () => {
    const seat = await t.seat();
    const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()];
    await seat.pushOk([
      createMutation(1, a),
      createMutation(2, b),
      createMutation(3, c),
      // a is written again last: it moves behind c, since it is ordered by its latest write.
      requestMutation(4, a, dispatchToDemoUnit),
    ]);
    const page = await seat.pull(0);
    expect(page.tickets.map((ticket) => ticket.id)).toEqual([b, c, a]);
    expect(page.tickets.map((ticket) => ticket.version)).toEqual([2, 3, 4]);
    expect(page.tickets[2]?.lifecycle.status).toBe('dispatched');
    expect(page).toMatchObject({ cursor: 4, hasMore: false });
    const nothingNew = await seat.pull(page.cursor);
    expect(nothingNew).toMatchObject({ tickets: [], cursor: 4, hasMore: false });
  });

  it('pages through many changes without skipping or repeating one', async () => {
    const seat = await t.seat();
    const ids = Array.from({ length: 25 }, () => uuidv7());
    await seat.pushOk(ids.map((id, index) => createMutation(index + 1, id)));
    const seen: string[] = [];
    const cursors: number[] = [];
    let cursor = 0;
    for (;;) {
      const page = await seat.pull(cursor, 7);
      seen.push(...page.tickets.map((ticket) => ticket.id));
      cursors.push(page.cursor);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(ids);
    expect(cursors).toEqual([7, 14, 21, 25]);
  });

  it('delivers writes committed between pages after the page that was in flight', async () => {
    const seat = await t.seat();
    const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()];
    await seat.pushOk([createMutation(1, a), createMutation(2, b), createMutation(3, c)]);
    const first = await seat.pull(0, 2);
    expect(first.tickets.map((ticket) => ticket.id)).toEqual([a, b]);
    await seat.pushOk([noteMutation(4, a, '补充说明')]);
    const second = await seat.pull(first.cursor, 2);
    expect(second.tickets.map((ticket) => ticket.id)).toEqual([c, a]);
    expect(second.tickets[1]?.notes.map((note) => note.body)).toEqual(['补充说明']);
  });

  it('scopes a seat to its own tickets, the recent city-wide ones, and the ones it opened', async () => {
    const author = await t.seat();
    const oldTicket = uuidv7();
    const recentTicket = uuidv7();
    await author.pushOk([createMutation(1, oldTicket, {}, t.now() - 10 * DAY_MS), createMutation(2, recentTicket)]);

    const neighbour = await t.seat('operator2');
    const seen = (await neighbour.pull(0)).tickets.map((ticket) => ticket.id);
    expect(seen).toEqual([recentTicket]);
    // The author always sees its own, however old.
    expect((await author.pull(0)).tickets.map((ticket) => ticket.id)).toEqual([oldTicket, recentTicket]);

    const opened = await t.app.inject({ method: 'POST', url: '/v1/sync/open', headers: neighbour.auth, payload: { ticketIds: [oldTicket, uuidv7()] } });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().tickets.map((ticket: { id: string }) => ticket.id)).toEqual([oldTicket]);
    expect(opened.json().missing).toHaveLength(1);
    const cursor = (await neighbour.pull(0)).cursor;
    await author.pushOk([requestMutation(3, oldTicket, dispatchToDemoUnit)]);
    const after = await neighbour.pull(cursor);
    expect(after.tickets.map((ticket) => [ticket.id, ticket.lifecycle.status])).toEqual([[oldTicket, 'dispatched']]);
  });

  it('keeps a ticket a seat changed in its scope after it leaves the city-wide window', async () => {
    const author = await t.seat();
    const editor = await t.seat('operator2');
    const ticketId = uuidv7();
    await author.pushOk([createMutation(1, ticketId)]);
    await editor.pushOk([noteMutation(1, ticketId, '我来跟进')]);
    t.advance(5 * DAY_MS);
    await author.pushOk([requestMutation(2, ticketId, dispatchToDemoUnit)]);
    expect((await editor.pull(0)).tickets.map((ticket) => ticket.id)).toEqual([ticketId]);
    const stranger = await t.seat('supervisor');
    expect((await stranger.pull(0)).tickets).toEqual([]);
  });

  it('carries the history: every event with its time, actor and the status it left', async () => {
    const seat = await t.seat();
    const ticketId = uuidv7();
    await seat.pushOk([createMutation(1, ticketId)]);
    t.advance(90_000);
    await seat.pushOk([requestMutation(2, ticketId, dispatchToDemoUnit, '请属地核实')]);
    const ticket = (await seat.pull(0)).tickets[0];
    expect(ticket?.events.map((event) => [event.kind, event.status, event.at, event.actor.role])).toEqual([
      ['created', 'queued', t.now() - 90_000, 'operator'],
      ['action', 'dispatched', t.now(), 'operator'],
    ]);
    expect(ticket?.events[1]?.comment).toBe('请属地核实');
    // The opening's form stays at the center; the ticket's content is on the wire once.
    expect(ticket?.events[0]?.fields).toBeNull();
    expect(t.center.services.db.prepare("SELECT fields FROM ticket_event WHERE kind = 'created'").pluck().get()).toContain('"title"');
    expect(ticket?.dispatchedAt).toBe(t.now());
    // General class: dispatch within 24 h of receipt, feedback within 7 days of dispatch.
    expect(ticket?.dispatchBy).toBe(ticket!.receivedAt + DAY_MS);
    expect(ticket?.feedbackBy).toBe(t.now() + 7 * DAY_MS);
  });

  it('refuses a session without a client id (403), and units (403)', async () => {
    const tokens = await t.login('operator', { clientId: null });
    const noClient = await t.app.inject({ method: 'GET', url: '/v1/sync/pull', headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(noClient.statusCode).toBe(403);
    const unit = await t.login('unit-street-110101001', { clientId: null });
    const asUnit = await t.app.inject({ method: 'GET', url: '/v1/sync/pull', headers: { authorization: `Bearer ${unit.accessToken}` } });
    expect(asUnit.statusCode).toBe(403);
  });
});
