import { z } from 'zod';

/**
 * Where a ticket stands in the closed loop (DOMAIN.md, "The closed loop").
 * The center owns every status change; a seat only requests them.
 *
 *   queued           the seat has the ticket and its intake request in the
 *                    outbox; the center has not applied it yet. Every ticket
 *                    starts here, on the seat and on the center alike.
 *   received         受理: accepted by the center, waiting for the dispatch desk.
 *   dispatched       派单: sent to the lead unit, waiting for its sign-for.
 *   returned         退单: the lead unit said "not ours"; waiting to be re-dispatched.
 *   signed_for       签收: the lead unit owns it and is handling it (办理).
 *   replied          反馈: the lead unit answered; waiting for the callback.
 *   callback_done    回访: the citizen was reached; waiting for the rating.
 *   unsatisfied      评价 不满意: the center decides between rework, supervision and closing.
 *   rework           退回重办: back at the lead unit, which signs for it again.
 *   linked           a repeat of another open ticket (重复诉求), handled there.
 *   closed           结案.
 *   direct_answered  直接办结: answered on the call, closed at once.
 *   reopened         a closed ticket opened again; waiting to be dispatched.
 *
 * Supervision (督办) is not a status: it is oversight laid over a ticket
 * wherever it stands, so it is a flag on the lifecycle (see ticket-lifecycle.ts).
 */
export const ticketStatusSchema = z.enum([
  'queued',
  'received',
  'dispatched',
  'returned',
  'signed_for',
  'replied',
  'callback_done',
  'unsatisfied',
  'rework',
  'linked',
  'closed',
  'direct_answered',
  'reopened',
]);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const initialTicketStatus: TicketStatus = 'queued';

/** Statuses in which nothing more happens unless the ticket is reopened. */
const finishedStatuses: ReadonlySet<TicketStatus> = new Set(['closed', 'direct_answered']);

export function isFinishedStatus(status: TicketStatus): boolean {
  return finishedStatuses.has(status);
}

/** Statuses in which a unit owns the work, so its SLA feedback clock is running. */
const withUnitStatuses: ReadonlySet<TicketStatus> = new Set(['dispatched', 'signed_for', 'rework']);

export function isWithUnitStatus(status: TicketStatus): boolean {
  return withUnitStatuses.has(status);
}

/** Statuses waiting for the dispatch desk, so the SLA dispatch clock is running. */
const awaitingDispatchStatuses: ReadonlySet<TicketStatus> = new Set(['queued', 'received', 'returned', 'reopened']);

export function isAwaitingDispatchStatus(status: TicketStatus): boolean {
  return awaitingDispatchStatuses.has(status);
}

/** The Open311 GeoReport v2 view knows only open and closed. */
export function open311Status(status: TicketStatus): 'open' | 'closed' {
  return isFinishedStatus(status) ? 'closed' : 'open';
}
