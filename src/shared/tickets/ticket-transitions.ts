import type { TicketActionType } from './ticket-action';
import type { TicketActorRole } from './ticket-actor';
import type { TicketStatus } from './ticket-status';

/**
 * The closed loop as data: one row per (from, action), naming the status it
 * leads to and the roles that may take it. The center's lifecycle engine,
 * the seat's action menus and the sync checker (invariant 7) all read this
 * one table, so a rule changes in one place. Rows whose `to` equals `from`
 * change something other than the status (co-units, supervision).
 */
export interface TicketTransition {
  from: TicketStatus;
  action: TicketActionType;
  to: TicketStatus;
  roles: readonly TicketActorRole[];
}

const intakeRoles = ['operator', 'supervisor'] as const;
const intakeOrDeskRoles = ['operator', 'supervisor', 'center'] as const;
/** The dispatch desk: the center's own staff and rules, and supervisors on the floor. */
const deskRoles = ['supervisor', 'center'] as const;
const unitRoles = ['unit'] as const;
/** Callbacks are made by callback agents, or by the center's SMS/IVR survey. */
const callbackRoles = ['callback', 'supervisor', 'center'] as const;
/** The lead unit asks for co-units (吹哨); the desk may add them too. */
const addCoUnitRoles = ['unit', 'supervisor', 'center'] as const;

function rows(
  froms: readonly TicketStatus[],
  action: TicketActionType,
  to: TicketStatus | 'same',
  roles: readonly TicketActorRole[],
): TicketTransition[] {
  return froms.map((from) => ({ from, action, to: to === 'same' ? from : to, roles }));
}

/** Waiting for someone to dispatch it. */
const atTheDesk = ['received', 'returned', 'reopened'] as const;
/** With the lead unit, before its reply: co-units may join and work, supervision may start. */
const withTheUnit = ['dispatched', 'signed_for', 'rework'] as const;

export const ticketTransitions: readonly TicketTransition[] = [
  // Intake at the seat: dispatch on the call, leave it to the desk, answer it at once, or link it as a repeat.
  ...rows(['queued'], 'dispatch', 'dispatched', intakeOrDeskRoles),
  ...rows(['queued'], 'submit', 'received', intakeRoles),
  ...rows(['queued'], 'direct_answer', 'direct_answered', intakeRoles),
  ...rows(['queued'], 'link_as_repeat', 'linked', intakeOrDeskRoles),

  // The dispatch desk. An online agent may still dispatch what they submitted; returns and reopens are the desk's.
  ...rows(['received'], 'dispatch', 'dispatched', intakeOrDeskRoles),
  ...rows(['returned', 'reopened'], 'dispatch', 'dispatched', deskRoles),
  ...rows(['received'], 'link_as_repeat', 'linked', intakeOrDeskRoles),
  ...rows(['returned', 'reopened'], 'link_as_repeat', 'linked', deskRoles),
  // An invalid request (a prank, a wrong number) is closed by the desk, never by the operator alone.
  ...rows(atTheDesk, 'close', 'closed', deskRoles),

  // A repeat waits on its parent: unlinked if the link was a mistake, closed with the parent.
  ...rows(['linked'], 'unlink', 'received', intakeOrDeskRoles),
  ...rows(['linked'], 'close', 'closed', deskRoles),

  // The lead unit: sign for (again after rework), say "not ours" before it has replied, reply.
  ...rows(['dispatched', 'rework'], 'sign_for', 'signed_for', unitRoles),
  ...rows(['dispatched', 'signed_for'], 'return_to_center', 'returned', unitRoles),
  ...rows(['signed_for'], 'reply', 'replied', unitRoles),

  // 吹哨报到: co-units join and work their own records while the lead has the ticket.
  ...rows(withTheUnit, 'add_co_units', 'same', addCoUnitRoles),
  ...rows(withTheUnit, 'co_unit_sign_for', 'same', unitRoles),
  ...rows(withTheUnit, 'co_unit_reply', 'same', unitRoles),
  ...rows(withTheUnit, 'co_unit_return', 'same', unitRoles),
  ...rows(withTheUnit, 'supervise', 'same', deskRoles),

  // Callback and rating.
  ...rows(['replied'], 'record_callback', 'callback_done', callbackRoles),
  ...rows(['replied'], 'close_without_callback', 'closed', callbackRoles),
  ...rows(['callback_done'], 'rate_satisfied', 'closed', callbackRoles),
  ...rows(['callback_done'], 'rate_basically_satisfied', 'closed', callbackRoles),
  ...rows(['callback_done'], 'rate_unsatisfied', 'unsatisfied', callbackRoles),
  // The citizen would not rate: the desk closes it on the callback alone.
  ...rows(['callback_done'], 'close', 'closed', deskRoles),

  // Unsatisfied: the desk sends it back (退回重办), sends it back under supervision (督办), or closes it after review.
  ...rows(['unsatisfied'], 'return_for_rework', 'rework', deskRoles),
  ...rows(['unsatisfied'], 'supervise', 'rework', deskRoles),
  ...rows(['unsatisfied'], 'close', 'closed', deskRoles),

  // A finished ticket reopened: back to the desk for a new dispatch.
  ...rows(['closed', 'direct_answered'], 'reopen', 'reopened', deskRoles),
];

const byFromAndAction = new Map<string, TicketTransition>(
  ticketTransitions.map((t) => [`${t.from}|${t.action}`, t]),
);

export function findTransition(from: TicketStatus, action: TicketActionType): TicketTransition | null {
  return byFromAndAction.get(`${from}|${action}`) ?? null;
}

/** The actions a role may take from a status, for action menus and the unit API's hints. */
export function actionsFrom(from: TicketStatus, role: TicketActorRole): TicketActionType[] {
  return ticketTransitions.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.action);
}
