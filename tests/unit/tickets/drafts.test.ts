import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/contract/contract-error';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('drafts', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  it('saves on every change: the first save creates, later saves replace the fields and keep createdAt', async () => {
    seat = openIntakeTestSeat(tempDir());
    const id = uuidv7();
    const first = await seat.client.call('drafts.save', { id, fields: { title: '暖' } });
    seat.clock.now += 300;
    const second = await seat.client.call('drafts.save', { id, fields: { title: '暖气不热', description: '五号楼' } });
    expect(second).toEqual({
      id,
      callId: null,
      callStartedAt: null,
      fields: { title: '暖气不热', description: '五号楼' },
      createdAt: first.createdAt,
      updatedAt: first.createdAt + 300,
    });
    expect(await seat.client.call('drafts.get', { id })).toEqual(second);
  });

  it('keeps the call a draft belongs to when a save leaves it out', async () => {
    seat = openIntakeTestSeat(tempDir());
    const id = uuidv7();
    await seat.client.call('drafts.save', { id, callId: 'call-7', callStartedAt: 1000, fields: {} });
    const saved = await seat.client.call('drafts.save', { id, fields: { callerName: '李先生' } });
    expect(saved).toMatchObject({ callId: 'call-7', callStartedAt: 1000 });
  });

  it('lists the most recently edited first and discards', async () => {
    seat = openIntakeTestSeat(tempDir());
    const [a, b] = [uuidv7(), uuidv7()];
    await seat.client.call('drafts.save', { id: a, fields: {} });
    seat.clock.now += 1;
    await seat.client.call('drafts.save', { id: b, fields: {} });
    seat.clock.now += 1;
    await seat.client.call('drafts.save', { id: a, fields: { title: 'x' } });
    expect((await seat.client.call('drafts.list', {})).map((d) => d.id)).toEqual([a, b]);
    expect(await seat.client.call('drafts.discard', { id: a })).toEqual({ discarded: true });
    expect(await seat.client.call('drafts.discard', { id: a })).toEqual({ discarded: false });
    expect(await seat.client.call('drafts.get', { id: a })).toBeNull();
  });

  it('keeps whatever the operator typed, valid or not: 100 kB of notes, control characters, markup', async () => {
    seat = openIntakeTestSeat(tempDir());
    const id = uuidv7();
    const fields = {
      description: '漏水'.repeat(50_000),
      title: 'bell\u0007 <script>alert(1)</script>',
      callerPhone: 'call me maybe',
      categoryId: 'no.such.category',
    };
    await seat.client.call('drafts.save', { id, fields });
    expect((await seat.client.call('drafts.get', { id }))?.fields).toEqual(fields);
  });

  it('refuses to bring back a draft that was already finished as a ticket', async () => {
    seat = openIntakeTestSeat(tempDir());
    const id = uuidv7();
    await seat.client.call('drafts.save', { id, fields: { title: '暖气' } });
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: id, ticket: completeTicket() });
    const late = seat.client.call('drafts.save', { id, fields: { title: '暖气不热' } });
    await expect(late).rejects.toBeInstanceOf(ContractError);
    await expect(late).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'id', reason: expect.stringContaining(ticketId) }] });
    expect(await seat.client.call('drafts.get', { id })).toBeNull();
  });
});
