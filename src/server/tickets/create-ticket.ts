import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';
import type { TicketCreateArgs } from '../../shared/sync/ticket-create-args';
import { riskyTicketFields, ticketContentFields } from '../../shared/sync/ticket-content-schema';
import { initialTicketLifecycle } from '../../shared/tickets/ticket-lifecycle';
import type { CenterActor } from './center-actor';
import { nextCenterNumber } from './center-number';
import { findContentReferenceProblem } from './content-references';
import { recordTicketEvent } from './record-ticket-event';
import { ticketContentColumns, toColumnValue } from './ticket-columns';
import type { TicketContext } from './ticket-context';
import { rejected, type TicketOutcome } from './ticket-outcome';
import { readTicket } from './ticket-record';
import { ticketSla } from './ticket-sla';
import { prepareCached } from '../store/prepare-cached';

/**
 * Accepts a ticket from a seat: gives it the center's number, its SLA class
 * and deadlines, and a history that opens with the full content as typed.
 * It starts `queued`, like the seat's copy; the intake decision arrives as
 * the next mutation. The same id from the same seat database is the same
 * ticket again (a restored seat re-sending it) and changes nothing.
 */
export function createTicket(context: TicketContext, actor: CenterActor, args: TicketCreateArgs): TicketOutcome {
  const { writer, catalog, now } = context;
  const db = writer.db;
  if (actor.clientId === null || actor.seatId === null) throw new Error('tickets are created by seats, which have a client id');
  const existing = readTicket(db, args.ticketId);
  if (existing) {
    if (existing.createdBy.clientId === actor.clientId) return { outcome: 'applied', ticketId: existing.id, change: null };
    // Null, not the id: the receipt must not show this seat another seat's ticket.
    return rejected(null, { code: 'ticket_exists', message: `another seat already created ticket ${args.ticketId}`, path: 'ticketId' });
  }
  const content = args.ticket;
  const problem = findContentReferenceProblem(content, catalog, 'ticket.');
  if (problem) return rejected(null, problem);

  // The seat's clock says when the call ended; a seat clock running ahead must not push deadlines into the future.
  const receivedAt = Math.min(args.receivedAt, now);
  const change = writer.nextChange();
  const lifecycle = initialTicketLifecycle();
  const sla = ticketSla({ urgency: content.urgency, categoryId: content.categoryId, receivedAt, dispatchedAt: null }, catalog);
  const values: Record<string, unknown> = {
    id: args.ticketId,
    number: nextCenterNumber(db, receivedAt),
    caller_phone_key: phoneLookupKey(normalizePhone(content.callerPhone)),
    status: lifecycle.status,
    lead_unit_id: null,
    lifecycle: JSON.stringify(lifecycle),
    sla_class: sla.slaClass,
    received_at: receivedAt,
    dispatched_at: null,
    dispatch_by: sla.dispatchBy,
    feedback_by: sla.feedbackBy,
    catalog_version: args.catalogVersion,
    created_by_client: actor.clientId,
    created_by_seat: actor.seatId,
    created_by_user: actor.username,
    created_at: now,
    field_versions: JSON.stringify(Object.fromEntries(riskyTicketFields.map((field) => [field, change]))),
    last_change: change,
    last_action_at: now,
  };
  for (const field of ticketContentFields) values[ticketContentColumns[field].column] = toColumnValue(field, content[field]);
  const columns = Object.keys(values);
  prepareCached(db, `INSERT INTO ticket (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`).run(values);
  recordTicketEvent(db, {
    ticketId: args.ticketId,
    kind: 'created',
    at: now,
    actor,
    action: null,
    status: lifecycle.status,
    comment: null,
    fields: { ...content },
    change,
  });
  return { outcome: 'applied', ticketId: args.ticketId, change };
}
