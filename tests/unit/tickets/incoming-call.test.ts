import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('cti.incoming', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  it('opens a draft for the call with the channel and the normalized number, and tells the renderer', async () => {
    seat = openIntakeTestSeat(tempDir());
    const at = seat.clock.now - 2000;
    const call = await seat.client.call('cti.incoming', { callId: 'c-1', ani: '+86 138-1234-5678', dnis: '12345', at });
    expect(call).toMatchObject({ callId: 'c-1', dnis: '12345', at, phone: { kind: 'mobile', e164: '+8613812345678' } });
    const draft = await seat.client.call('drafts.get', { id: call.draftId });
    expect(draft).toMatchObject({ callId: 'c-1', callStartedAt: at, fields: { channel: 'phone', callerPhone: '138 1234 5678' } });
    expect(seat.emitted).toEqual([{ event: 'call.incoming', payload: call }]);
  });

  it('opens the same draft when the softphone repeats its event', async () => {
    seat = openIntakeTestSeat(tempDir());
    const ring = { callId: 'c-2', ani: '010-12345678', dnis: '12345', at: seat.clock.now };
    const first = await seat.client.call('cti.incoming', ring);
    const again = await seat.client.call('cti.incoming', ring);
    expect(again.draftId).toBe(first.draftId);
    expect(await seat.client.call('drafts.list', {})).toHaveLength(1);
  });

  it('handles withheld and unreadable numbers without losing what arrived', async () => {
    seat = openIntakeTestSeat(tempDir());
    const withheld = await seat.client.call('cti.incoming', { callId: 'c-3', ani: 'anonymous', dnis: '12345', at: 1 });
    expect(withheld.phone.kind).toBe('withheld');
    expect((await seat.client.call('drafts.get', { id: withheld.draftId }))?.fields.callerPhone).toBe('');

    const garbage = await seat.client.call('cti.incoming', { callId: 'c-4', ani: '12ab\u0000', dnis: '12345', at: 1 });
    expect(garbage.phone).toMatchObject({ kind: 'invalid', reason: 'control_characters' });
    expect((await seat.client.call('drafts.get', { id: garbage.draftId }))?.fields.callerPhone).toBe('12ab\uFFFD');
  });
});
