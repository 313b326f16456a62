import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { MutationReceipt } from '../../../src/shared/sync/mutation-receipt-schema';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import { openTestCenter, type TestCenter } from './helpers/test-center';
import { createMutation, demo, dispatchToDemoUnit, noteMutation, requestMutation, setFieldsMutation } from './helpers/ticket-fixtures';

describe('sync push', () => {
  let t: TestCenter;
  beforeEach(async () => {
    t = await openTestCenter();
  });
  afterEach(async () => t.close());

  it('applies a create and its dispatch in order, each with its own receipt and change number', async () => {
    const seat = await t.seat();
    const ticketId = uuidv7();
    const result = await seat.pushOk([createMutation(1, ticketId), requestMutation(2, ticketId, dispatchToDemoUnit)]);
    expect(result.lastClientSeq).toBe(2);
    const [created, dispatched] = result.receipts;
    expect(created).toMatchObject({ clientSeq: 1, outcome: 'applied', change: 1, ticket: { id: ticketId, status: 'queued' } });
    expect(dispatched).toMatchObject({ clientSeq: 2, outcome: 'applied', change: 2, ticket: { id: ticketId, status: 'dispatched', version: 2 } });
    // The center's number: the Beijing date of the call and the day's running number.
    expect(created?.ticket?.number).toBe('2026112200001');
  });

  it('answers a replay with the stored receipts and applies nothing again', async () => {
    const seat = await t.seat();
    const ticketId = uuidv7();
    const mutations = [createMutation(1, ticketId), requestMutation(2, ticketId, dispatchToDemoUnit), noteMutation(3, ticketId, '请尽快回电')];
    const first = await seat.pushOk(mutations);
    const before = t.footprint();
    t.advance(60_000);
    const replay = await seat.pushOk(mutations);
    expect(replay).toEqual(first);
    expect(t.footprint()).toEqual(before);
  });

  it('runs duplicated deliveries of one push one after another, applying each mutation once', async () => {
    const seat = await t.seat();
    const ticketId = uuidv7();
    const mutations = [createMutation(1, ticketId), requestMutation(2, ticketId, dispatchToDemoUnit)];
    const [a, b] = await Promise.all([seat.pushOk(mutations), seat.pushOk(mutations)]);
    expect(b).toEqual(a);
    expect(t.footprint()).toMatchObject({ tickets: 1, receipts: 2, events: 2 });
  });

  it('answers a gap with 409 and the expected sequence, and applies nothing after it', async () => {
    const seat = await t.seat();
    await seat.pushOk([createMutation(1)]);
    const before = t.footprint();
    const response = await seat.push([createMutation(3)]);
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: problemTypes.sequenceGap, status: 409, expectedSeq: 2, receipts: [] });
    expect(t.footprint()).toEqual(before);
  });

  it('returns the receipts committed before a gap inside one push', async () => {
    const seat = await t.seat();
    // A push's own sequence numbers must be consecutive (400); the gap here is against the center's state.
    await seat.pushOk([createMutation(1)]);
    const replayed = await seat.push([createMutation(1), createMutation(2)]);
    expect(replayed.statusCode).toBe(409);
    expect(replayed.json()).toMatchObject({ type: problemTypes.sequenceReused, expectedSeq: 2 });
  });

  it('records a business-rule failure as a rejection receipt and still advances the sequence', async () => {
    const seat = await t.seat();
    const ticketId = uuidv7();
    const result = await seat.pushOk([
      createMutation(1, ticketId),
      // Replying is the unit's: the state machine refuses it from a queued ticket.
      requestMutation(2, ticketId, { type: 'reply' }),
      requestMutation(3, uuidv7(), dispatchToDemoUnit),
      requestMutation(4, ticketId, { type: 'dispatch', leadUnitId: 'no-such-unit' }),
      requestMutation(5, ticketId, dispatchToDemoUnit),
    ]);
    expect(result.lastClientSeq).toBe(5);
    const outcomes = result.receipts.map((receipt) => [receipt.outcome, receipt.outcome === 'rejected' ? receipt.reason.code : null]);
    expect(outcomes).toEqual([
      ['applied', null],
      ['rejected', 'illegal_in_status'],
      ['rejected', 'unknown_ticket'],
      ['rejected', 'unknown_reference'],
      ['applied', null],
    ]);
    const refused = result.receipts[3] as Extract<MutationReceipt, { outcome: 'rejected' }>;
    expect(refused.reason).toMatchObject({ path: 'action.leadUnitId', message: expect.stringContaining('no-such-unit') });
    expect(refused.ticket).toMatchObject({ status: 'queued' });
    // The refusals are stored: a replay returns them, not a second attempt.
    const replay = await seat.pushOk([requestMutation(2, ticketId, { type: 'reply' })]);
    expect(replay.receipts[0]).toEqual(result.receipts[1]);
  });

  it('refuses a mutation the role may not send, as a rejection', async () => {
    const seat = await t.seat('callback');
    const result = await seat.pushOk([createMutation(1)]);
    expect(result.receipts[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'mutation_not_allowed' } });
  });

  it('refuses a catalog reference that does not exist, naming the field', async () => {
    const seat = await t.seat();
    const result = await seat.pushOk([createMutation(1, uuidv7(), { streetCode: '110108010' })]);
    expect(result.receipts[0]).toMatchObject({ outcome: 'rejected', ticket: null, reason: { code: 'unknown_reference', path: 'ticket.streetCode' } });
  });

  it('keeps each ticket once: the same create from its seat changes nothing, from another seat it is refused', async () => {
    const seat = await t.seat();
    const other = await t.seat('operator2');
    const ticketId = uuidv7();
    await seat.pushOk([createMutation(1, ticketId)]);
    const again = await seat.pushOk([createMutation(2, ticketId)]);
    expect(again.receipts[0]).toMatchObject({ outcome: 'applied', change: null });
    const stolen = await other.pushOk([createMutation(1, ticketId)]);
    expect(stolen.receipts[0]).toMatchObject({ outcome: 'rejected', ticket: null, reason: { code: 'ticket_exists' } });
    expect(t.footprint().tickets).toBe(1);
  });

  it('appends a note once, whatever sequence number it arrives under', async () => {
    const seat = await t.seat();
    const ticketId = uuidv7();
    const noteId = uuidv7();
    await seat.pushOk([createMutation(1, ticketId), noteMutation(2, ticketId, '第一次', noteId)]);
    const again = await seat.pushOk([noteMutation(3, ticketId, '第一次', noteId)]);
    expect(again.receipts[0]).toMatchObject({ outcome: 'applied', change: null });
    expect(t.footprint().notes).toBe(1);
  });

  it('answers 409 sequence-reused when a used sequence number comes back with other content', async () => {
    const seat = await t.seat();
    await seat.pushOk([createMutation(1)]);
    const before = t.footprint();
    const response = await seat.push([createMutation(1)]);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ type: problemTypes.sequenceReused, expectedSeq: 2 });
    expect(t.footprint()).toEqual(before);
  });

  it('refuses a superseded incarnation and follows a newer one', async () => {
    const seat = await t.seat();
    await seat.pushOk([createMutation(1)], 2);
    const old = await seat.push([createMutation(2)], 1);
    expect(old.statusCode).toBe(409);
    expect(old.json()).toMatchObject({ type: problemTypes.staleIncarnation, expectedIncarnation: 2 });
    const restored = await seat.pushOk([createMutation(2)], 3);
    expect(restored.lastClientSeq).toBe(2);
  });

  it('refuses to push for a client id the session was not signed in with (403)', async () => {
    const seat = await t.seat();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: seat.auth,
      payload: { clientId: uuidv7(), incarnation: 1, mutations: [createMutation(1)] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toBe(problemTypes.forbidden);
    expect(t.footprint().tickets).toBe(0);
  });

  describe('setFields', () => {
    async function createdTicket() {
      const seat = await t.seat();
      const ticketId = uuidv7();
      const created = await seat.pushOk([createMutation(1, ticketId)]);
      return { seat, ticketId, version: created.receipts[0]?.ticket?.version ?? 0 };
    }

    it('lets two seats edit different plain fields, the later edit of one field winning', async () => {
      const { seat, ticketId } = await createdTicket();
      const other = await t.seat('operator2');
      await seat.pushOk([setFieldsMutation(2, ticketId, { title: '标题 A', address: '地址 A' })]);
      await other.pushOk([setFieldsMutation(1, ticketId, { title: '标题 B' })]);
      const pulled = await seat.pull(0);
      const ticket = pulled.tickets.find((candidate) => candidate.id === ticketId);
      expect(ticket?.content).toMatchObject({ title: '标题 B', address: '地址 A' });
      expect(ticket?.events.filter((event) => event.kind === 'fields').map((event) => [event.actor.username, event.fields])).toEqual([
        ['operator', { title: '标题 A', address: '地址 A' }],
        ['operator2', { title: '标题 B' }],
      ]);
    });

    it('returns a conflict for a risky field changed since the version the operator saw, applying none of the edit', async () => {
      const { seat, ticketId, version } = await createdTicket();
      const other = await t.seat('operator2');
      const first = await other.pushOk([setFieldsMutation(1, ticketId, { urgency: 'urgent' }, { urgency: version })]);
      expect(first.receipts[0]).toMatchObject({ outcome: 'applied' });
      const stale = await seat.pushOk([setFieldsMutation(2, ticketId, { urgency: 'emergency', title: '新标题' }, { urgency: version })]);
      expect(stale.receipts[0]).toMatchObject({
        outcome: 'conflict',
        conflicts: [{ field: 'urgency', baseVersion: version, currentValue: 'urgent' }],
      });
      const ticket = (await seat.pull(0)).tickets[0];
      expect(ticket?.content).toMatchObject({ urgency: 'urgent', title: '咨询房本过户所需材料' });
      // The sequence advanced: the conflict is recorded like a rejection.
      expect((await seat.pushOk([noteMutation(3, ticketId, '已与对方确认')])).lastClientSeq).toBe(3);
    });

    it('recomputes the deadlines when the urgency changes', async () => {
      const { seat, ticketId, version } = await createdTicket();
      const before = (await seat.pull(0)).tickets[0];
      await seat.pushOk([setFieldsMutation(2, ticketId, { urgency: 'emergency' }, { urgency: version })]);
      const after = (await seat.pull(0)).tickets[0];
      expect(before?.slaClass).toBe('general');
      expect(after?.slaClass).toBe('emergency');
      expect(after?.dispatchBy).toBe(t.now() + 60 * 60_000);
    });

    it('requires the version the operator saw for a risky field (400)', async () => {
      const { seat, ticketId } = await createdTicket();
      const response = await seat.push([setFieldsMutation(2, ticketId, { categoryId: demo.category })]);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'body.mutations.0.args.baseVersions.categoryId', reason: expect.any(String) }]);
    });
  });
});
