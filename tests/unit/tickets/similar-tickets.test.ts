import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeTicket } from '../../../src/shared/contract/intake/intake-ticket-schema';
import { DAY_MS } from '../../../src/shared/sla/sla-durations';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

const leak = {
  title: '多福巷社区5号楼楼顶漏水',
  description: '来电人反映多福巷社区5号楼楼顶防水层破损，连日降雨后顶层住户家中漏水严重，墙皮脱落，希望尽快维修。',
  categoryId: 'housing.house-safety.leaks',
  urgency: 'normal' as const,
};

describe('intake.similar', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  async function file(overrides: Partial<IntakeTicket>, daysAgo = 1) {
    const at = seat.clock.now;
    seat.clock.now = at - daysAgo * DAY_MS;
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket(overrides) });
    seat.clock.now = at;
    return ticketId;
  }

  it('puts the near-duplicate first and leaves out other streets, old tickets and other categories', async () => {
    seat = openIntakeTestSeat(tempDir());
    const duplicate = await file(leak, 3);
    const sameStreetOther = await file({ ...leak, title: '多福巷社区路灯不亮', description: '小区门口路灯坏了一周。' });
    const closedSimilar = await file({ ...leak, title: '5号楼顶层漏水', description: '顶层住户反映下雨漏水。' }, 10);
    seat.db.prepare("UPDATE tickets SET status = 'closed' WHERE id = ?").run(closedSimilar);
    await file({ ...leak, streetCode: '110101002', communityCode: '', leadUnitId: 'street-110101002' }); // 景山街道
    await file(leak, 45);
    await file({ ...leak, categoryId: 'heating.home.no-heat', urgency: 'urgent' });

    const result = await seat.client.call('intake.similar', {
      title: '5号楼楼顶漏水',
      description: '多福巷社区5号楼顶层漏水，下雨就漏，墙皮都掉了',
      categoryId: 'housing.house-safety.leaks',
      streetCode: '110101001',
    });
    expect(result.source).toBe('local');
    expect(result.results[0]?.ticket.id).toBe(duplicate);
    const ids = result.results.map((r) => r.ticket.id);
    expect(ids).toContain(closedSimilar);
    expect(ids).not.toContain(sameStreetOther);
    expect(ids).toHaveLength(2);
    expect(result.results[0]?.score).toBeGreaterThan(result.results[1]?.score ?? 1);
  });

  it('treats sibling leaves as the same family: the same problem is often filed one leaf apart', async () => {
    seat = openIntakeTestSeat(tempDir());
    const sibling = await file({ ...leak, categoryId: 'housing.house-safety.cracks' });
    const result = await seat.client.call('intake.similar', { title: leak.title, description: '', categoryId: leak.categoryId, streetCode: '110101001' });
    expect(result.results.map((r) => r.ticket.id)).toEqual([sibling]);
  });

  it('finds tickets within a kilometre across a street boundary when coordinates are known', async () => {
    seat = openIntakeTestSeat(tempDir());
    const near = await file({ ...leak, streetCode: '110101002', communityCode: '', leadUnitId: 'street-110101002', lat: 39.925, lng: 116.4 });
    await file({ ...leak, streetCode: '110101002', communityCode: '', leadUnitId: 'street-110101002', lat: 39.95, lng: 116.4 });
    const result = await seat.client.call('intake.similar', { title: leak.title, description: leak.description, lat: 39.929, lng: 116.401 });
    expect(result.results.map((r) => r.ticket.id)).toEqual([near]);
  });

  it('without a place, narrows by category family; with nothing typed, finds nothing', async () => {
    seat = openIntakeTestSeat(tempDir());
    const elsewhere = await file({ ...leak, streetCode: '110101002', communityCode: '', leadUnitId: 'street-110101002' });
    const byCategory = await seat.client.call('intake.similar', { title: leak.title, description: '', categoryId: leak.categoryId });
    expect(byCategory.results.map((r) => r.ticket.id)).toEqual([elsewhere]);
    const empty = await seat.client.call('intake.similar', { title: ' ', description: '，。', streetCode: '110101002' });
    expect(empty.results).toEqual([]);
  });
});
