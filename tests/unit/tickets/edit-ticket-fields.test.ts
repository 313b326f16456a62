import { afterEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('tickets.editFields', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  async function dispatched() {
    seat = openIntakeTestSeat(tempDir());
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket() });
    return ticketId;
  }

  const lastOutbox = () =>
    seat.db.prepare('SELECT mutation, args FROM outbox ORDER BY client_seq DESC LIMIT 1').get() as { mutation: string; args: string };

  it('corrects fields at once, records the edit, and queues only what changed', async () => {
    const ticketId = await dispatched();
    const detail = await seat.client.call('tickets.editFields', {
      ticketId,
      fields: { address: '多福巷7号楼', title: '多福巷社区7号楼至今未供暖', callerName: '王女士' },
    });
    expect(detail).toMatchObject({ address: '多福巷7号楼', title: '多福巷社区7号楼至今未供暖', pending: true });
    expect(detail.events.at(-1)).toMatchObject({ kind: 'fields_edited', data: { fields: { address: '多福巷7号楼', title: '多福巷社区7号楼至今未供暖' } } });
    expect(lastOutbox().mutation).toBe('ticket.setFields@1');
    expect(JSON.parse(lastOutbox().args)).toEqual({ ticketId, fields: { address: '多福巷7号楼', title: '多福巷社区7号楼至今未供暖' }, baseVersions: {} });
    const found = await seat.client.call('tickets.list', { text: '7号楼', limit: 10 });
    expect(found.items.map((ticket) => ticket.id)).toContain(ticketId);
    expect(seat.emitted.at(-1)).toEqual({ event: 'tickets.changed', payload: { ids: [ticketId] } });
  });

  it('queues nothing when nothing really changes', async () => {
    const ticketId = await dispatched();
    const before = seat.db.prepare('SELECT count(*) FROM outbox').pluck().get();
    await seat.client.call('tickets.editFields', { ticketId, fields: { address: completeTicket().address } });
    expect(seat.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(before);
  });

  it('refuses a deadline or routing field before the center confirmed the ticket, and codes outside the catalog, naming the field', async () => {
    const ticketId = await dispatched();
    await expect(seat.client.call('tickets.editFields', { ticketId, fields: { urgency: 'emergency' } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'fields.urgency', reason: expect.stringMatching(/not confirmed/) }],
    });
    seat.db.prepare("UPDATE tickets SET server_version = 9, field_versions = '{\"categoryId\":9,\"urgency\":9}' WHERE id = ?").run(ticketId);
    await expect(seat.client.call('tickets.editFields', { ticketId, fields: { categoryId: 'no.such.item' } })).rejects.toMatchObject({
      issues: [{ path: 'fields.categoryId' }],
    });
    await seat.client.call('tickets.editFields', { ticketId, fields: { urgency: 'emergency' } });
    expect(JSON.parse(lastOutbox().args)).toMatchObject({ fields: { urgency: 'emergency' }, baseVersions: { urgency: 9 } });
  });

  it('refuses an unknown ticket and unknown or empty edits', async () => {
    await dispatched();
    await expect(seat.client.call('tickets.editFields', { ticketId: 'nope', fields: { address: 'x' } })).rejects.toMatchObject({ issues: [{ path: 'ticketId' }] });
    await expect(seat.client.call('tickets.editFields', { ticketId: 'nope', fields: {} })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      seat.client.call('tickets.editFields', { ticketId: 'nope', fields: { description: 'x' } as never }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
