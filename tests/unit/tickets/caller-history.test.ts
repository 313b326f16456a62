import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/shared/sla/sla-durations';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('caller.history', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  async function ticketFrom(callerPhone: string, title: string, daysAgo: number) {
    const at = seat.clock.now;
    seat.clock.now = at - daysAgo * DAY_MS;
    const ticket = completeTicket({ callerPhone, title, callbackConsent: false });
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket });
    seat.clock.now = at;
    return ticketId;
  }

  it('finds every ticket from the number however it is written: open ones first, then newest', async () => {
    seat = openIntakeTestSeat(tempDir());
    const oldClosed = await ticketFrom('13812345678', 'old closed', 40);
    const newClosed = await ticketFrom('+86 138 1234 5678', 'new closed', 2);
    const oldOpen = await ticketFrom('008613812345678', 'old open', 20);
    const newOpen = await ticketFrom('138-1234-5678', 'new open', 1);
    await ticketFrom('13900000000', 'someone else', 1);
    seat.db.prepare("UPDATE tickets SET status = 'closed' WHERE id IN (?, ?)").run(oldClosed, newClosed);

    const history = await seat.client.call('caller.history', { phone: 'tel:+8613812345678' });
    expect(history.phone).toMatchObject({ kind: 'mobile', e164: '+8613812345678' });
    expect(history.source).toBe('local');
    expect(history.tickets.map((t) => t.title)).toEqual(['new open', 'old open', 'new closed', 'old closed']);
    expect(history.tickets.map((t) => t.id)).toEqual([newOpen, oldOpen, newClosed, oldClosed]);
  });

  it('finds a landline written with or without its area code', async () => {
    seat = openIntakeTestSeat(tempDir());
    await ticketFrom('010-6512 3456', 'landline', 1);
    expect((await seat.client.call('caller.history', { phone: '65123456' })).tickets).toHaveLength(1);
  });

  it('answers withheld and unreadable numbers with an empty history, not with other anonymous callers', async () => {
    seat = openIntakeTestSeat(tempDir());
    await ticketFrom('', 'withheld', 1);
    await ticketFrom('garbage', 'garbage', 1);
    const withheld = await seat.client.call('caller.history', { phone: 'anonymous' });
    expect(withheld).toEqual({ phone: { kind: 'withheld', display: '' }, tickets: [], source: 'local' });
    const garbage = await seat.client.call('caller.history', { phone: 'garbage' });
    expect(garbage.phone.kind).toBe('invalid');
    expect(garbage.tickets).toEqual([]);
  });
});
