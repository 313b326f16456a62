import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/shared/sla/sla-durations';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('catalog.usage', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  it('lists this seat\'s recent categories newest first and its frequent ones of the last 30 days', async () => {
    seat = openIntakeTestSeat(tempDir());
    const file = async (categoryId: string, daysAgo: number) => {
      const at = seat.clock.now;
      seat.clock.now = at - daysAgo * DAY_MS;
      await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket({ categoryId, urgency: 'normal' }) });
      seat.clock.now = at;
    };
    await file('heating.home.fees', 40);
    await file('heating.home.fees', 40);
    await file('heating.home.fees', 40);
    await file('housing.house-safety.leaks', 5);
    await file('housing.house-safety.leaks', 4);
    await file('heating.home.no-heat', 1);
    const other = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket({ categoryId: 'heating.home.too-cold' }) });
    seat.db.prepare("UPDATE tickets SET created_by = 'another-seat' WHERE id = ?").run(other.ticketId);

    expect(await seat.client.call('catalog.usage', {})).toEqual({
      recent: ['heating.home.no-heat', 'housing.house-safety.leaks', 'heating.home.fees'],
      frequent: ['housing.house-safety.leaks', 'heating.home.no-heat'],
    });
  });
});
