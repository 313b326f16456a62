import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('tickets.get and tickets.addNote', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  it('adds a revision of the notes with its event and outbox mutation; earlier revisions stay as they were', async () => {
    seat = openIntakeTestSeat(tempDir());
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket() });
    seat.clock.now += 60_000;
    const body = `${completeTicket().description}\n补充：来电人再次来电，称暖气仍未恢复。`;
    const note = await seat.client.call('tickets.addNote', { ticketId, body });
    expect(note).toEqual({ id: expect.any(String), revision: 2, body, author: seat.author, at: seat.clock.now });
    expect(seat.emitted.at(-1)).toEqual({ event: 'tickets.changed', payload: { ids: [ticketId] } });

    const detail = await seat.client.call('tickets.get', { id: ticketId });
    expect(detail?.description).toBe(body);
    expect(detail?.notes.map((n) => [n.revision, n.body])).toEqual([
      [1, completeTicket().description],
      [2, body],
    ]);
    expect(detail?.events.map((e) => e.kind)).toEqual(['intake', 'dispatch_requested', 'note_added']);
    const mutation = seat.db.prepare('SELECT mutation, args FROM outbox ORDER BY client_seq DESC LIMIT 1').get() as { mutation: string; args: string };
    expect(mutation.mutation).toBe('ticket.addNote@1');
    expect(JSON.parse(mutation.args)).toEqual({ ticketId, noteId: note.id, body });
  });

  it('refuses a note for an unknown ticket and notes made of control characters, naming the field', async () => {
    seat = openIntakeTestSeat(tempDir());
    await expect(seat.client.call('tickets.addNote', { ticketId: 'nope', body: 'x' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'ticketId', reason: 'no ticket "nope" on this seat' }],
    });
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket() });
    await expect(seat.client.call('tickets.addNote', { ticketId, body: 'a\u0000b' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'body', reason: 'must not contain control characters' }],
    });
    await expect(seat.client.call('tickets.addNote', { ticketId, body: '  \n ' })).rejects.toMatchObject({
      issues: [{ path: 'body', reason: 'is required' }],
    });
  });

  it('answers null for a ticket the seat does not have', async () => {
    seat = openIntakeTestSeat(tempDir());
    expect(await seat.client.call('tickets.get', { id: 'missing' })).toBeNull();
  });
});
