import { applyAction } from '../../shared/tickets/apply-ticket-action';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import { findActionReferenceProblem } from './action-references';
import type { CenterActor } from './center-actor';
import { recordTicketEvent } from './record-ticket-event';
import type { TicketContext } from './ticket-context';
import { rejected, type TicketOutcome } from './ticket-outcome';
import { readTicket } from './ticket-record';
import { ticketSla } from './ticket-sla';
import { prepareCached } from '../store/prepare-cached';

export interface TicketActionRequest {
  ticketId: string;
  action: TicketAction;
  comment?: string | undefined;
}

/**
 * The lifecycle engine's one door: every status change on the center,
 * whether a seat asked for it, a unit did it or the center's desk decided
 * it, is judged here by the shared state machine under the actor's role and
 * stored as an immutable event with its time. A (re)dispatch, rework
 * included, restarts the unit's feedback clock.
 */
export function requestTicketAction(context: TicketContext, actor: CenterActor, request: TicketActionRequest): TicketOutcome {
  const { writer, catalog, now } = context;
  const db = writer.db;
  const ticket = readTicket(db, request.ticketId);
  if (!ticket) return rejected(null, { code: 'unknown_ticket', message: `no ticket ${request.ticketId} on the center`, path: 'ticketId' });
  const referenceProblem = findActionReferenceProblem(db, ticket.id, request.action, catalog);
  if (referenceProblem) return rejected(ticket.id, referenceProblem);

  const result = applyAction(ticket.lifecycle, request.action, { role: actor.role, unitId: actor.unitId ?? undefined });
  if (!result.ok) return rejected(ticket.id, { code: result.rejection.code, message: result.rejection.detail });

  const next = result.state;
  const redispatched = next.status !== ticket.lifecycle.status && (next.status === 'dispatched' || next.status === 'rework');
  const dispatchedAt = redispatched ? now : ticket.dispatchedAt;
  const { urgency, categoryId } = ticket.content;
  const sla = ticketSla({ urgency, categoryId, receivedAt: ticket.receivedAt, dispatchedAt }, catalog);
  const change = writer.nextChange();
  prepareCached(
    db,
    `UPDATE ticket SET status = @status, lead_unit_id = @leadUnitId, lifecycle = @lifecycle, dispatched_at = @dispatchedAt,
       sla_class = @slaClass, dispatch_by = @dispatchBy, feedback_by = @feedbackBy, last_change = @change, last_action_at = @now
     WHERE id = @id`,
  ).run({
    id: ticket.id,
    status: next.status,
    leadUnitId: next.leadUnitId,
    lifecycle: JSON.stringify(next),
    dispatchedAt,
    ...sla,
    change,
    now,
  });
  recordTicketEvent(db, {
    ticketId: ticket.id,
    kind: 'action',
    at: now,
    actor,
    action: request.action,
    status: next.status,
    comment: request.comment ?? null,
    fields: null,
    change,
  });
  return { outcome: 'applied', ticketId: ticket.id, change };
}
