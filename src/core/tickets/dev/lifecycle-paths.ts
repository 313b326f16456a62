import type { TicketActionType } from '../../../shared/tickets/ticket-action';
import type { TicketActorRole } from '../../../shared/tickets/ticket-actor';
import type { TicketStatus } from '../../../shared/tickets/ticket-status';

/** Who takes each action on the generated timelines. */
export const generatedActionRoles: Partial<Record<TicketActionType, TicketActorRole>> = {
  submit: 'operator',
  dispatch: 'operator',
  direct_answer: 'operator',
  link_as_repeat: 'operator',
  sign_for: 'unit',
  return_to_center: 'unit',
  reply: 'unit',
  record_callback: 'callback',
  rate_satisfied: 'callback',
  rate_unsatisfied: 'callback',
  return_for_rework: 'center',
};

/**
 * The shortest ordinary road through the closed loop to each status a
 * generated ticket may have, so its event timeline looks like a real one
 * (a test replays each through the state machine).
 */
export const lifecyclePaths: Partial<Record<TicketStatus, readonly TicketActionType[]>> = {
  received: ['submit'],
  dispatched: ['dispatch'],
  returned: ['dispatch', 'return_to_center'],
  signed_for: ['dispatch', 'sign_for'],
  replied: ['dispatch', 'sign_for', 'reply'],
  callback_done: ['dispatch', 'sign_for', 'reply', 'record_callback'],
  unsatisfied: ['dispatch', 'sign_for', 'reply', 'record_callback', 'rate_unsatisfied'],
  rework: ['dispatch', 'sign_for', 'reply', 'record_callback', 'rate_unsatisfied', 'return_for_rework'],
  closed: ['dispatch', 'sign_for', 'reply', 'record_callback', 'rate_satisfied'],
  linked: ['link_as_repeat'],
  direct_answered: ['direct_answer'],
};
