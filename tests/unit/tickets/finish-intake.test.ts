import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/contract/contract-error';
import { ticketTextLimits } from '../../../src/shared/contract/intake/text-limits';
import { HOUR_MS } from '../../../src/shared/sla/sla-durations';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

function count(seat: IntakeTestSeat, table: string): number {
  return seat.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function outbox(seat: IntakeTestSeat) {
  return seat.db
    .prepare<[], { client_seq: number; mutation: string; args: string }>('SELECT client_seq, mutation, args FROM outbox ORDER BY client_seq')
    .all()
    .map((row) => ({ seq: row.client_seq, mutation: row.mutation, args: JSON.parse(row.args) as Record<string, unknown> }));
}

async function refusal(promise: Promise<unknown>): Promise<ContractError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ContractError)) throw new Error(`expected a ContractError, got ${String(error)}`);
  return error;
}

describe('finishing an intake', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  async function savedDraft(fields: Record<string, unknown> = { title: '暖气' }) {
    const id = uuidv7();
    await seat.client.call('drafts.save', { id, callId: 'call-1', callStartedAt: seat.clock.now - 60_000, fields });
    return id;
  }

  it('dispatch writes the ticket, notes, events and outbox together, removes the draft and announces it', async () => {
    seat = openIntakeTestSeat(tempDir());
    const draftId = await savedDraft();
    const finished = await seat.client.call('intake.dispatch', { draftId, ticket: completeTicket() });

    // Urgent → dispatch within 2 h, feedback within 24 h (estimated from receipt), from the catalog's SLA table.
    expect(finished).toEqual({ ticketId: expect.any(String), status: 'queued', dispatchBy: seat.clock.now + 2 * HOUR_MS, feedbackBy: seat.clock.now + 24 * HOUR_MS });
    expect(await seat.client.call('drafts.get', { id: draftId })).toBeNull();
    expect(seat.emitted.at(-1)).toEqual({ event: 'tickets.changed', payload: { ids: [finished.ticketId] } });

    const detail = await seat.client.call('tickets.get', { id: finished.ticketId });
    expect(detail).toMatchObject({
      status: 'queued',
      pending: true,
      number: null,
      callerPhone: { kind: 'mobile', e164: '+8613812345678' },
      callerPhoneDisplay: '138 1234 5678',
      description: completeTicket().description,
      createdBy: seat.author,
      catalogVersion: '2026.11-demo.1',
      directAnswer: false,
      leadUnitId: 'street-110101001',
    });
    expect(detail?.notes).toEqual([{ id: expect.any(String), revision: 1, body: completeTicket().description, author: seat.author, at: seat.clock.now }]);
    expect(detail?.events.map((e) => e.kind)).toEqual(['intake', 'dispatch_requested']);
    expect(detail?.events[0]?.data).toMatchObject({ draftId, callId: 'call-1', callStartedAt: seat.clock.now - 60_000 });
    expect(detail?.events[1]?.data).toEqual({ type: 'dispatch', leadUnitId: 'street-110101001', coUnitIds: [] });

    const mutations = outbox(seat);
    expect(mutations.map((m) => m.mutation)).toEqual(['ticket.create@1', 'ticket.request@1']);
    // The wire shape of ticket.create@1: the content without the routing, which the dispatch request carries.
    const { leadUnitId: _lead, coUnitIds: _coUnits, repeatOfTicketId: _repeatOf, ...content } = completeTicket();
    expect(mutations[0]?.args).toEqual({ ticketId: finished.ticketId, receivedAt: seat.clock.now, catalogVersion: expect.any(String), ticket: content });
    expect(mutations[1]?.args).toEqual({ ticketId: finished.ticketId, action: { type: 'dispatch', leadUnitId: 'street-110101001', coUnitIds: [] } });
  });

  it('direct answer closes on the call, pending until the center confirms, with no deadlines', async () => {
    seat = openIntakeTestSeat(tempDir());
    const draftId = await savedDraft();
    const ticket = completeTicket({ appealType: 'consultation', leadUnitId: '', urgency: 'normal', categoryId: 'heating.home.fees' });
    const finished = await seat.client.call('intake.directAnswer', { draftId, ticket });
    expect(finished).toMatchObject({ status: 'direct_answered', dispatchBy: null, feedbackBy: null });
    const detail = await seat.client.call('tickets.get', { id: finished.ticketId });
    expect(detail).toMatchObject({ status: 'direct_answered', pending: true, directAnswer: true, leadUnitId: null });
    expect(outbox(seat)[1]?.args).toEqual({ ticketId: finished.ticketId, action: { type: 'direct_answer' } });
  });

  it('a repeat is linked to its parent, never dispatched a second time', async () => {
    seat = openIntakeTestSeat(tempDir());
    const parent = await seat.client.call('intake.dispatch', { draftId: await savedDraft(), ticket: completeTicket() });
    seat.clock.now += 3600_000;
    const ticket = completeTicket({ callerPhone: '13900001111', leadUnitId: '', repeatOfTicketId: parent.ticketId });
    const repeat = await seat.client.call('intake.dispatch', { draftId: await savedDraft(), ticket });
    const detail = await seat.client.call('tickets.get', { id: repeat.ticketId });
    expect(detail?.repeatOfTicketId).toBe(parent.ticketId);
    expect(detail?.links).toEqual([{ kind: 'repeat_of', ticketId: parent.ticketId, title: completeTicket().title, at: seat.clock.now }]);
    expect(detail?.events.map((e) => e.kind)).toEqual(['intake', 'repeat_link_requested']);
    expect(outbox(seat).at(-1)?.args).toEqual({ ticketId: repeat.ticketId, action: { type: 'link_as_repeat', parentTicketId: parent.ticketId } });
  });

  it('keeps every outbox sequence number strictly increasing across tickets and notes', async () => {
    seat = openIntakeTestSeat(tempDir());
    for (let i = 0; i < 5; i += 1) {
      const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket() });
      await seat.client.call('tickets.addNote', { ticketId, body: `补充 ${i}` });
    }
    const seqs = outbox(seat).map((m) => m.seq);
    expect(seqs).toHaveLength(15);
    expect(seqs.every((seq, i) => i === 0 || seq > (seqs[i - 1] as number))).toBe(true);
  });

  it('finishing the same draft twice returns the first ticket instead of making another', async () => {
    seat = openIntakeTestSeat(tempDir());
    const draftId = await savedDraft();
    const first = await seat.client.call('intake.dispatch', { draftId, ticket: completeTicket() });
    seat.clock.now += 500;
    const again = await seat.client.call('intake.dispatch', { draftId, ticket: completeTicket({ title: 'changed' }) });
    expect(again).toEqual(first);
    expect(count(seat, 'tickets')).toBe(1);
    expect(count(seat, 'outbox')).toBe(2);
  });

  it('writes nothing and keeps the draft when a step of the transaction fails', async () => {
    seat = openIntakeTestSeat(tempDir());
    const draftId = await savedDraft({ title: '暖气', description: '一直没有暖气' });
    // The last write of the transaction (the request mutation) fails, as a full disk would.
    seat.db.exec(`CREATE TEMP TRIGGER fail_request BEFORE INSERT ON outbox WHEN NEW.mutation = 'ticket.request@1'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const error = await seat.client.call('intake.dispatch', { draftId, ticket: completeTicket() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'handler_failed', message: expect.stringContaining('disk full') });
    for (const table of ['tickets', 'ticket_text_profiles', 'ticket_notes', 'ticket_events', 'ticket_links', 'outbox']) {
      expect(count(seat, table), table).toBe(0);
    }
    expect((await seat.client.call('drafts.get', { id: draftId }))?.fields).toEqual({ title: '暖气', description: '一直没有暖气' });
    expect(seat.emitted.filter((e) => e.event === 'tickets.changed')).toEqual([]);

    seat.db.exec('DROP TRIGGER fail_request');
    await seat.client.call('intake.dispatch', { draftId, ticket: completeTicket() });
    expect(count(seat, 'tickets')).toBe(1);
  });

  it('names each field the catalog does not know or that does not fit, and writes nothing', async () => {
    seat = openIntakeTestSeat(tempDir());
    const draftId = await savedDraft();
    const ticket = completeTicket({
      categoryId: 'heating.home',
      districtCode: '110102',
      streetCode: '110101001',
      communityCode: '110101002001',
      leadUnitId: 'no-such-unit',
      coUnitIds: ['city.housing', 'city.housing'],
      repeatOfTicketId: 'no-such-ticket',
      kbDocumentIds: ['kb-missing'],
    });
    const error = await refusal(seat.client.call('intake.dispatch', { draftId, ticket }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual([
      'ticket.categoryId',
      'ticket.streetCode',
      'ticket.communityCode',
      'ticket.leadUnitId',
      'ticket.coUnitIds.1',
      'ticket.repeatOfTicketId',
      'ticket.kbDocumentIds.0',
    ]);
    expect(error.issues[0]?.reason).toMatch(/is a group; pick one of the items under it/);
    expect(error.issues[1]?.reason).toBe('"东华门街道" does not lie in "西城区"');
    expect(count(seat, 'tickets')).toBe(0);
    expect(await seat.client.call('drafts.get', { id: draftId })).not.toBeNull();
  });

  it('needs a lead unit to dispatch and a callable number for a callback', async () => {
    seat = openIntakeTestSeat(tempDir());
    const noLead = await refusal(seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket({ leadUnitId: '' }) }));
    expect(noLead.issues).toEqual([{ path: 'ticket.leadUnitId', reason: 'is required to dispatch' }]);

    const noNumber = completeTicket({ callerPhone: 'anonymous', callbackConsent: true, callbackPhone: '' });
    const callback = await refusal(seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: noNumber }));
    expect(callback.issues).toEqual([{ path: 'ticket.callbackPhone', reason: expect.stringMatching(/no number that can be called back/) }]);

    const badCallback = completeTicket({ callbackPhone: '12' });
    const bad = await refusal(seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: badCallback }));
    expect(bad.issues).toEqual([{ path: 'ticket.callbackPhone', reason: '"12" is not a number that can be called back' }]);
  });

  it('takes a ticket from an unreadable or withheld number, keeping what arrived', async () => {
    seat = openIntakeTestSeat(tempDir());
    const garbage = completeTicket({ callerPhone: '+86 1x3-garbage', callbackConsent: false });
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: garbage });
    const detail = await seat.client.call('tickets.get', { id: ticketId });
    expect(detail?.callerPhone).toMatchObject({ kind: 'invalid', reason: 'contains_letters' });
    expect(detail?.callerPhoneDisplay).toBe('+86 1x3-garbage');
    expect(seat.db.prepare('SELECT caller_phone_raw, caller_phone_key FROM tickets').get()).toEqual({
      caller_phone_raw: '+86 1x3-garbage',
      caller_phone_key: null,
    });

    const withheld = completeTicket({ callerPhone: '', anonymous: true, callbackConsent: false });
    const second = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: withheld });
    expect((await seat.client.call('tickets.get', { id: second.ticketId }))?.callerPhone.kind).toBe('withheld');
  });

  it('refuses 100 kB of notes with the field and the limit, keeping the draft with all of it', async () => {
    seat = openIntakeTestSeat(tempDir());
    const description = '楼上漏水'.repeat(25_000);
    const draftId = await savedDraft({ description });
    const error = await refusal(seat.client.call('intake.dispatch', { draftId, ticket: completeTicket({ description }) }));
    expect(error.issues).toEqual([{ path: 'ticket.description', reason: `must be at most ${ticketTextLimits.description} characters` }]);
    expect((await seat.client.call('drafts.get', { id: draftId }))?.fields.description).toBe(description);
    expect(count(seat, 'tickets')).toBe(0);
  });

  it('refuses control characters with the field', async () => {
    seat = openIntakeTestSeat(tempDir());
    const ticket = completeTicket({ title: '暖气\u0000不热', callerPhone: '138\u200b12345678', callbackConsent: false });
    const error = await refusal(seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket }));
    expect(error.issues).toEqual([{ path: 'ticket.title', reason: 'must not contain control characters' }]);
    const phoneOnly = completeTicket({ callerPhone: '138\u200b12345678', callbackConsent: false });
    const phoneError = await refusal(seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: phoneOnly }));
    expect(phoneError.issues).toEqual([{ path: 'ticket.callerPhone', reason: 'must not contain control characters' }]);
  });

  it('stores markup as plain text, exactly as typed', async () => {
    seat = openIntakeTestSeat(tempDir());
    const title = '<img src=x onerror=alert(1)>暖气';
    const description = '<script>document.cookie</script> & &amp; "quotes" \'single\'';
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket({ title, description }) });
    const detail = await seat.client.call('tickets.get', { id: ticketId });
    expect(detail?.title).toBe(title);
    expect(detail?.description).toBe(description);
  });

  it('refuses to classify when no catalog is in force', async () => {
    seat = openIntakeTestSeat(tempDir(), () => null);
    const error = await refusal(seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket() }));
    expect(error.issues[0]).toMatchObject({ path: 'ticket.categoryId', reason: expect.stringMatching(/no valid catalog/) });
  });
});
