import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { slaTableSchema } from '../../../src/shared/catalog/sla-table-schema';
import { defaultSlaTable } from '../../../src/shared/sla/default-sla-table';
import { formatCountdown, formatDuration } from '../../../src/shared/sla/format-countdown';
import { formatDeadline } from '../../../src/shared/sla/format-deadline';
import { slaClassFor, slaClassForUrgency } from '../../../src/shared/sla/sla-class-for-ticket';
import { deadlinesFor } from '../../../src/shared/sla/sla-deadlines';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../src/shared/sla/sla-durations';
import { dueSoonWindowFor, slaState } from '../../../src/shared/sla/sla-state';
import { zonedFields } from '../../../src/shared/sla/zoned-calendar';

/** A Beijing wall-clock time as epoch ms: what a call-taker in the hall would read off the wall. */
const bj = (local: string): number => Date.parse(`${local}+08:00`);

describe('defaultSlaTable', () => {
  it('is the Beijing standard of the domain brief and a valid catalog section', () => {
    expect(slaTableSchema.safeParse(defaultSlaTable).success).toBe(true);
    const byClass = Object.fromEntries(defaultSlaTable.map((r) => [r.slaClass, [r.dispatchWithinMs, r.feedbackWithinMs]]));
    expect(byClass).toEqual({
      emergency: [1 * HOUR_MS, 2 * HOUR_MS],
      urgent: [2 * HOUR_MS, 24 * HOUR_MS],
      general: [24 * HOUR_MS, 7 * DAY_MS],
      complex: [null, 15 * DAY_MS],
    });
  });

  it('is the table the demo catalog ships', () => {
    const catalog = JSON.parse(readFileSync(new URL('../../../resources/catalog/catalog.json', import.meta.url), 'utf8'));
    expect(catalog.slaTable).toEqual(defaultSlaTable);
  });
});

describe('SLA class of a ticket', () => {
  it('follows the urgency through the table', () => {
    expect(slaClassForUrgency('normal', defaultSlaTable)).toBe('general');
    expect(slaClassForUrgency('urgent', defaultSlaTable)).toBe('urgent');
    expect(slaClassForUrgency('emergency', defaultSlaTable)).toBe('emergency');
  });

  it('reads the mapping from the table, not from code', () => {
    const stricter = defaultSlaTable.map((r) =>
      r.slaClass === 'urgent' ? { ...r, urgency: 'normal' as const } : r.slaClass === 'general' ? { ...r, urgency: null } : r,
    );
    expect(slaClassForUrgency('normal', stricter)).toBe('urgent');
    expect(() => slaClassForUrgency('urgent', stricter)).toThrow(/no class for urgency "urgent"/);
  });

  it('keeps a category class while the operator keeps its default urgency, and follows the operator otherwise', () => {
    const complexCategory = { defaultUrgency: 'normal' as const, slaClass: 'complex' as const };
    expect(slaClassFor({ urgency: 'normal', category: complexCategory }, defaultSlaTable)).toBe('complex');
    expect(slaClassFor({ urgency: 'emergency', category: complexCategory }, defaultSlaTable)).toBe('emergency');
    const heating = { defaultUrgency: 'urgent' as const, slaClass: 'urgent' as const };
    expect(slaClassFor({ urgency: 'normal', category: heating }, defaultSlaTable)).toBe('general');
    expect(slaClassFor({ urgency: 'normal', category: null }, defaultSlaTable)).toBe('general');
  });

  it('lets the center declare a class over everything', () => {
    expect(slaClassFor({ urgency: 'emergency', declaredSlaClass: 'complex' }, defaultSlaTable)).toBe('complex');
  });
});

describe('deadlinesFor', () => {
  it('counts dispatch from receipt and feedback from dispatch', () => {
    const receivedAt = bj('2026-11-22T10:00:00');
    const dispatchedAt = bj('2026-11-22T10:03:42');
    expect(deadlinesFor({ receivedAt, dispatchedAt, slaClass: 'general' }, defaultSlaTable)).toEqual({
      dispatchBy: bj('2026-11-23T10:00:00'),
      feedbackBy: bj('2026-11-29T10:03:42'),
      feedbackByIsEstimate: false,
    });
  });

  it('estimates feedback from receipt before dispatch, and says it is an estimate', () => {
    const receivedAt = bj('2026-11-22T10:00:00');
    expect(deadlinesFor({ receivedAt, slaClass: 'emergency' }, defaultSlaTable)).toEqual({
      dispatchBy: bj('2026-11-22T11:00:00'),
      feedbackBy: bj('2026-11-22T12:00:00'),
      feedbackByIsEstimate: true,
    });
    expect(deadlinesFor({ receivedAt, dispatchedAt: null, slaClass: 'emergency' }, defaultSlaTable).feedbackByIsEstimate).toBe(true);
  });

  it('gives a complex ticket no dispatch deadline', () => {
    const receivedAt = bj('2026-11-22T10:00:00');
    const d = deadlinesFor({ receivedAt, dispatchedAt: receivedAt, slaClass: 'complex' }, defaultSlaTable);
    expect(d.dispatchBy).toBeNull();
    expect(d.feedbackBy).toBe(bj('2026-12-07T10:00:00'));
  });

  it('crosses midnight: an urgent call at 23:30 must be dispatched by 01:30 the next day', () => {
    const receivedAt = bj('2026-11-22T23:30:00');
    const d = deadlinesFor({ receivedAt, slaClass: 'urgent' }, defaultSlaTable);
    expect(d.dispatchBy).toBe(bj('2026-11-23T01:30:00'));
    expect(formatDeadline(d.dispatchBy!, receivedAt, 'zh-CN')).toBe('明天 01:30');
    expect(formatDeadline(d.dispatchBy!, receivedAt, 'en')).toBe('tomorrow 01:30');
  });

  it('crosses month and year ends, and leap days', () => {
    const weekFrom = (local: string) =>
      deadlinesFor({ receivedAt: bj(local), dispatchedAt: bj(local), slaClass: 'general' }, defaultSlaTable).feedbackBy;
    expect(weekFrom('2026-11-28T10:00:00')).toBe(bj('2026-12-05T10:00:00'));
    expect(weekFrom('2026-12-30T20:00:00')).toBe(bj('2027-01-06T20:00:00'));
    expect(weekFrom('2027-02-25T09:00:00')).toBe(bj('2027-03-04T09:00:00'));
    expect(weekFrom('2028-02-25T09:00:00')).toBe(bj('2028-03-03T09:00:00'));
    expect(zonedFields(weekFrom('2028-02-25T09:00:00'), 'Asia/Shanghai')).toMatchObject({ year: 2028, month: 3, day: 3, hour: 9 });
  });

  it('fails loudly on a table without the class (the catalog validator should have refused it)', () => {
    expect(() => deadlinesFor({ receivedAt: 0, slaClass: 'complex' }, defaultSlaTable.slice(0, 3))).toThrow(/no row for class "complex"/);
  });
});

describe('slaState', () => {
  const deadline = bj('2026-11-23T01:30:00');

  it('is ok, then due soon, then overdue just after the deadline', () => {
    expect(slaState(deadline, deadline - 2 * HOUR_MS)).toEqual({ state: 'ok', remainingMs: 2 * HOUR_MS });
    expect(slaState(deadline, deadline - HOUR_MS)).toEqual({ state: 'due_soon', remainingMs: HOUR_MS });
    expect(slaState(deadline, deadline)).toEqual({ state: 'due_soon', remainingMs: 0 });
    expect(slaState(deadline, deadline + 1)).toEqual({ state: 'overdue', remainingMs: -1 });
  });

  it('takes its warning window from the caller', () => {
    expect(slaState(deadline, deadline - 20 * MINUTE_MS, { dueSoonWithinMs: 15 * MINUTE_MS }).state).toBe('ok');
    expect(slaState(deadline, deadline - 10 * MINUTE_MS, { dueSoonWithinMs: 15 * MINUTE_MS }).state).toBe('due_soon');
  });

  it('sizes the warning window to the deadline', () => {
    expect(dueSoonWindowFor(HOUR_MS)).toBe(15 * MINUTE_MS);
    expect(dueSoonWindowFor(24 * HOUR_MS)).toBe(6 * HOUR_MS);
    expect(dueSoonWindowFor(7 * DAY_MS)).toBe(DAY_MS);
    expect(dueSoonWindowFor(15 * DAY_MS)).toBe(DAY_MS);
  });

  it('tells whether a milestone reached earlier was on time', () => {
    const receivedAt = bj('2026-11-22T10:00:00');
    const { dispatchBy } = deadlinesFor({ receivedAt, slaClass: 'emergency' }, defaultSlaTable);
    expect(slaState(dispatchBy!, receivedAt + 3.7 * MINUTE_MS).state).not.toBe('overdue');
    expect(slaState(dispatchBy!, receivedAt + 61 * MINUTE_MS).state).toBe('overdue');
  });
});

describe('formatCountdown', () => {
  it.each([
    [3 * DAY_MS + 4 * HOUR_MS + 59 * MINUTE_MS, '3天4小时', '3d 4h'],
    [2 * HOUR_MS + 5 * MINUTE_MS + 59_999, '2小时05分', '2h 05m'],
    [12 * MINUTE_MS + 3_500, '12分03秒', '12m 03s'],
    [45_999, '45秒', '45s'],
    [0, '0秒', '0s'],
  ])('shows %i ms left as %s / %s, never rounding up', (ms, zh, en) => {
    expect(formatCountdown(ms, 'zh-CN')).toBe(zh);
    expect(formatCountdown(ms, 'en')).toBe(en);
  });

  it('shows how long ago an overdue deadline passed', () => {
    expect(formatCountdown(-(3 * HOUR_MS + 5 * MINUTE_MS), 'zh-CN')).toBe('超时 3小时05分');
    expect(formatCountdown(-(3 * HOUR_MS + 5 * MINUTE_MS), 'en')).toBe('overdue 3h 05m');
    expect(formatCountdown(-1, 'en')).toBe('overdue 0s');
  });

  it('formats plain durations the same way', () => {
    expect(formatDuration(7 * DAY_MS, 'zh-CN')).toBe('7天0小时');
  });
});

describe('formatDeadline in Asia/Shanghai', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  it('calls 00:30 after a Beijing midnight "tomorrow" though it is the same day in UTC', () => {
    const now = bj('2026-11-22T23:59:00'); // 15:59 UTC on the 22nd
    const deadline = bj('2026-11-23T00:30:00'); // 16:30 UTC, still the 22nd in UTC
    expect(new Date(now).getUTCDate()).toBe(new Date(deadline).getUTCDate());
    expect(formatDeadline(deadline, now, 'zh-CN')).toBe('明天 00:30');
    expect(formatDeadline(now, deadline, 'en')).toBe('yesterday 23:59');
  });

  it('calls 07:59 on the same Beijing day "today" though UTC is still on the day before', () => {
    expect(formatDeadline(bj('2026-11-23T07:59:00'), bj('2026-11-23T00:01:00'), 'zh-CN')).toBe('今天 07:59');
  });

  it('gives a date further away, with the year only when it differs', () => {
    const now = bj('2026-11-28T10:00:00');
    expect(formatDeadline(bj('2026-12-05T10:00:00'), now, 'zh-CN')).toBe('12月5日 10:00');
    expect(formatDeadline(bj('2026-12-05T10:00:00'), now, 'en')).toBe('Dec 5, 10:00');
    expect(formatDeadline(bj('2027-01-06T20:00:00'), bj('2026-12-30T20:00:00'), 'zh-CN')).toBe('2027年1月6日 20:00');
    expect(formatDeadline(bj('2027-01-06T20:00:00'), bj('2026-12-30T20:00:00'), 'en')).toBe('Jan 6, 2027, 20:00');
    expect(formatDeadline(bj('2026-11-26T08:00:00'), now, 'zh-CN')).toBe('11月26日 08:00');
  });

  it('shows midnight as 00:00, on the new day', () => {
    expect(formatDeadline(bj('2026-12-01T00:00:00'), bj('2026-11-30T18:00:00'), 'zh-CN')).toBe('明天 00:00');
  });

  it('does not depend on the time zone of the process', () => {
    const deadline = bj('2026-11-23T01:30:00');
    const now = bj('2026-11-22T23:30:00');
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatDeadline(deadline, now, 'zh-CN')).toBe('明天 01:30');
    }
  });

  it('can show another zone when the settings ask for it', () => {
    expect(formatDeadline(bj('2026-11-23T01:30:00'), bj('2026-11-22T23:30:00'), 'en', 'UTC')).toBe('today 17:30');
  });
});
