import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeTicket } from '../../../src/shared/contract/intake/intake-ticket-schema';
import type { MethodInput } from '../../../src/shared/contract/methods';
import { DAY_MS, HOUR_MS } from '../../../src/shared/sla/sla-durations';
import { useTempDir } from '../../helpers/temp-dir';
import { completeTicket, openIntakeTestSeat, type IntakeTestSeat } from './intake-test-seat';

describe('tickets.list', () => {
  const tempDir = useTempDir();
  let seat: IntakeTestSeat;
  afterEach(() => seat.close());

  async function file(title: string, overrides: Partial<IntakeTicket> = {}, hoursAgo = 1) {
    const at = seat.clock.now;
    seat.clock.now = at - hoursAgo * HOUR_MS;
    const { ticketId } = await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket({ title, ...overrides }) });
    seat.clock.now = at;
    return ticketId;
  }

  async function titles(filter: MethodInput<'tickets.list'>) {
    return (await seat.client.call('tickets.list', filter)).items.map((t) => t.title);
  }

  it('lists newest first with the total, paging by offset and limit', async () => {
    seat = openIntakeTestSeat(tempDir());
    for (let i = 1; i <= 5; i += 1) await file(`t${i}`, {}, 10 - i);
    const page = await seat.client.call('tickets.list', { offset: 1, limit: 2 });
    expect(page.items.map((t) => t.title)).toEqual(['t4', 't3']);
    expect(page).toMatchObject({ total: 5, totalIsCapped: false });
    expect(page.items[0]).toMatchObject({ status: 'queued', pending: true, callerPhoneDisplay: '138 1234 5678' });
  });

  it('filters by status, appeal type, urgency, district, category subtree and time', async () => {
    seat = openIntakeTestSeat(tempDir());
    const closed = await file('closed heating', {}, 30);
    seat.db.prepare("UPDATE tickets SET status = 'closed' WHERE id = ?").run(closed);
    await file('fees', { categoryId: 'heating.home.fees', urgency: 'normal', appealType: 'consultation' }, 20);
    await file('xicheng', { districtCode: '110102', streetCode: '110102001', communityCode: '', leadUnitId: 'street-110102001' }, 10);
    await file('leak', { categoryId: 'housing.house-safety.leaks', urgency: 'normal' }, 5);

    expect(await titles({ statuses: ['closed'] })).toEqual(['closed heating']);
    expect(await titles({ appealTypes: ['consultation'] })).toEqual(['fees']);
    expect(await titles({ urgency: 'normal' })).toEqual(['leak', 'fees']);
    expect(await titles({ districtCode: '110102' })).toEqual(['xicheng']);
    expect(await titles({ categoryId: 'heating' })).toEqual(['xicheng', 'fees', 'closed heating']);
    expect(await titles({ categoryId: 'heating.home.fees' })).toEqual(['fees']);
    const now = seat.clock.now;
    expect(await titles({ receivedFrom: now - 21 * HOUR_MS, receivedTo: now - 6 * HOUR_MS })).toEqual(['xicheng', 'fees']);
  });

  it('finds title words, ticket numbers by their leading digits and callers by their number', async () => {
    seat = openIntakeTestSeat(tempDir());
    const numbered = await file('暖气不热', { callerPhone: '13911112222' });
    seat.db.prepare("UPDATE tickets SET number = '2026112200123' WHERE id = ?").run(numbered);
    await file('路灯 100% 不亮', { callerPhone: '010-65123456' });
    await file('噪音扰民', {}, 2);
    await file('暖氣不熱 (traditional)', {}, 3);

    expect(await titles({ text: '暖气' })).toEqual(['暖气不热', '暖氣不熱 (traditional)']);
    expect(await titles({ text: '气 不热' })).toEqual(['暖气不热', '暖氣不熱 (traditional)']);
    expect(await titles({ text: '扰' })).toEqual(['噪音扰民']);
    expect(await titles({ text: '2026112200' })).toEqual(['暖气不热']);
    expect(await titles({ text: '139 1111 2222' })).toEqual(['暖气不热']);
    expect(await titles({ text: '65123456' })).toEqual(['路灯 100% 不亮']);
    expect(await titles({ text: '100%' })).toEqual(['路灯 100% 不亮']);
    expect(await titles({ text: '"暖气"*' })).toEqual(['暖气不热', '暖氣不熱 (traditional)']);
    expect(await titles({ text: '暖气 OR 噪音' })).toEqual([]);
    expect(await titles({ text: '%_' })).toEqual([]);
  });

  it('"mine" is this seat\'s tickets; "overdue" those whose running clock has passed', async () => {
    seat = openIntakeTestSeat(tempDir());
    const late = await file('late dispatch', {}, 3); // urgent: dispatch within 2 h
    await file('on time', {}, 1);
    const atUnit = await file('late at unit', { urgency: 'normal' }, 8 * 24);
    seat.db.prepare("UPDATE tickets SET status = 'signed_for' WHERE id = ?").run(atUnit);
    const replied = await file('replied', { urgency: 'normal' }, 9 * 24);
    seat.db.prepare("UPDATE tickets SET status = 'replied' WHERE id = ?").run(replied);
    seat.db.prepare("UPDATE tickets SET created_by = 'another-seat' WHERE id = ?").run(late);

    expect(await titles({ overdueOnly: true })).toEqual(['late dispatch', 'late at unit']);
    expect(await titles({ mineOnly: true, overdueOnly: true })).toEqual(['late at unit']);
    expect(await titles({ mineOnly: true })).not.toContain('late dispatch');
  });

  it('stops counting at 10,000 and says so', async () => {
    seat = openIntakeTestSeat(tempDir());
    const id = await file('first');
    const key = seat.db.prepare('SELECT ticket_key FROM tickets WHERE id = ?').pluck().get(id);
    // Copies of the row stand in for a big store; only the count matters here.
    seat.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
      INSERT INTO tickets (id, status, channel, appeal_type, urgency, category_id, district_code, street_code, community_code,
        address, title, caller_phone_raw, caller_phone_display, caller_name, caller_gender, anonymous, callback_consent,
        callback_phone, co_unit_ids, kb_document_ids, direct_answer, catalog_version, created_by, received_at, created_at, updated_at)
      SELECT 'copy-' || i, status, channel, appeal_type, urgency, category_id, district_code, street_code, community_code,
        address, title, caller_phone_raw, caller_phone_display, caller_name, caller_gender, anonymous, callback_consent,
        callback_phone, co_unit_ids, kb_document_ids, direct_answer, catalog_version, created_by, received_at - i, created_at, updated_at
      FROM tickets, n WHERE ticket_key = ${Number(key)}`);
    const page = await seat.client.call('tickets.list', { limit: 3 });
    expect(page).toMatchObject({ total: 10_000, totalIsCapped: true });
    expect(page.items).toHaveLength(3);
    expect(await seat.client.call('tickets.list', { text: 'nothing like it' })).toMatchObject({ total: 0, totalIsCapped: false });
  });

  it('shows a ticket as pending only while it has mutations in the outbox', async () => {
    seat = openIntakeTestSeat(tempDir());
    await file('sent');
    seat.db.exec('DELETE FROM outbox');
    await file('waiting', {}, 0);
    const items = (await seat.client.call('tickets.list', {})).items;
    expect(items.map((t) => [t.title, t.pending])).toEqual([
      ['waiting', true],
      ['sent', false],
    ]);
  });

  it('keeps a list of a day\'s work to one day', async () => {
    seat = openIntakeTestSeat(tempDir());
    await file('yesterday', {}, 30);
    await file('today', {}, 2);
    expect(await titles({ receivedFrom: seat.clock.now - DAY_MS })).toEqual(['today']);
  });
});
