import { describe, expect, it } from 'vitest';
import {
  appealTypeForShortcutDigit,
  appealTypeSchema,
  appealTypesInShortcutOrder,
  shortcutDigitForAppealType,
} from '../../../src/shared/tickets/appeal-type';
import { channelSchema } from '../../../src/shared/tickets/channel';
import { ratingSchema } from '../../../src/shared/tickets/rating';
import { ticketActorSchema } from '../../../src/shared/tickets/ticket-actor';
import { isAwaitingDispatchStatus, isFinishedStatus, isWithUnitStatus, open311Status, ticketStatusSchema } from '../../../src/shared/tickets/ticket-status';

describe('ticket vocabulary', () => {
  it('names the channels and ratings of the domain brief', () => {
    expect(channelSchema.options).toEqual(['phone', 'wechat', 'weibo', 'web', 'app', 'message_board', 'other']);
    expect(ratingSchema.options).toEqual(['satisfied', 'basically_satisfied', 'unsatisfied']);
    expect(channelSchema.safeParse('fax').success).toBe(false);
  });

  it('keeps the Alt+1…6 order of appeal types stable', () => {
    // Operators' fingers learn this order: changing it is a product decision, not a refactor.
    expect(appealTypesInShortcutOrder).toEqual(['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise']);
    for (const type of appealTypeSchema.options) {
      expect(appealTypeForShortcutDigit(shortcutDigitForAppealType(type))).toBe(type);
    }
    expect(appealTypeForShortcutDigit(0)).toBeNull();
    expect(appealTypeForShortcutDigit(7)).toBeNull();
  });

  it('requires a unit id when a unit acts', () => {
    expect(ticketActorSchema.safeParse({ role: 'unit' }).success).toBe(false);
    expect(ticketActorSchema.safeParse({ role: 'unit', unitId: 'bj-water' }).success).toBe(true);
    expect(ticketActorSchema.safeParse({ role: 'operator' }).success).toBe(true);
  });

  it('groups statuses for clocks, lists and the Open311 view', () => {
    const finished = ticketStatusSchema.options.filter(isFinishedStatus);
    expect(finished).toEqual(['closed', 'direct_answered']);
    expect(ticketStatusSchema.options.filter(isWithUnitStatus)).toEqual(['dispatched', 'signed_for', 'rework']);
    expect(ticketStatusSchema.options.filter(isAwaitingDispatchStatus)).toEqual(['queued', 'received', 'returned', 'reopened']);
    expect(open311Status('closed')).toBe('closed');
    expect(open311Status('linked')).toBe('open');
  });
});
