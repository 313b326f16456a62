import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';
import type { FieldConflict } from '../../shared/sync/mutation-receipt-schema';
import { riskyTicketFields, type TicketContentField } from '../../shared/sync/ticket-content-schema';
import type { TicketSetFieldsArgs } from '../../shared/sync/ticket-set-fields-args';
import type { CenterActor } from './center-actor';
import { findContentReferenceProblem } from './content-references';
import { recordTicketEvent } from './record-ticket-event';
import { ticketContentColumns, toColumnValue, type SqlValue } from './ticket-columns';
import type { TicketContext } from './ticket-context';
import { rejected, type TicketOutcome } from './ticket-outcome';
import { readTicket } from './ticket-record';
import { ticketSla } from './ticket-sla';
import { prepareCached } from '../store/prepare-cached';

const referenceFields: readonly TicketContentField[] = ['categoryId', 'districtCode', 'streetCode', 'communityCode'];
const slaFields: readonly TicketContentField[] = ['urgency', 'categoryId'];

/**
 * Per-field last-write-wins: only the fields sent are written, so two seats
 * editing different fields both keep their edit, and of two edits of one
 * field the later commit wins. A risky field (one that moves deadlines or
 * routing) is stamped with this change's number and wins only if nobody
 * changed it since the version the operator saw; otherwise the whole edit
 * comes back as a conflict with the current values, for the operator to
 * decide. Setting a field to the value it already has is not a conflict
 * and not a change.
 */
export function setTicketFields(context: TicketContext, actor: CenterActor, args: TicketSetFieldsArgs): TicketOutcome {
  const { writer, catalog, now } = context;
  const db = writer.db;
  const ticket = readTicket(db, args.ticketId);
  if (!ticket) return rejected(null, { code: 'unknown_ticket', message: `no ticket ${args.ticketId} on the center`, path: 'ticketId' });

  const requested = Object.entries(args.fields) as [TicketContentField, unknown][];
  const changed = requested.filter(([field, value]) => !sameValue(value, ticket.content[field]));

  const conflicts: FieldConflict[] = [];
  for (const field of riskyTicketFields) {
    const baseVersion = args.baseVersions[field];
    const currentVersion = ticket.fieldVersions[field];
    const isChanged = changed.some(([name]) => name === field);
    if (isChanged && baseVersion !== undefined && baseVersion !== currentVersion) {
      conflicts.push({ field, baseVersion, currentVersion, currentValue: ticket.content[field] });
    }
  }
  if (conflicts.length > 0) return { outcome: 'conflict', ticketId: ticket.id, conflicts };

  const merged = { ...ticket.content, ...args.fields };
  if (changed.some(([field]) => referenceFields.includes(field))) {
    const problem = findContentReferenceProblem(merged, catalog, 'fields.');
    if (problem) return rejected(ticket.id, problem);
  }
  if (changed.length === 0) return { outcome: 'applied', ticketId: ticket.id, change: null };

  const change = writer.nextChange();
  const assignments: Record<string, SqlValue> = {};
  for (const [field, value] of changed) assignments[ticketContentColumns[field].column] = toColumnValue(field, value);
  if (changed.some(([field]) => field === 'callerPhone')) {
    assignments.caller_phone_key = phoneLookupKey(normalizePhone(merged.callerPhone));
  }
  if (changed.some(([field]) => slaFields.includes(field))) {
    const sla = ticketSla(
      { urgency: merged.urgency, categoryId: merged.categoryId, receivedAt: ticket.receivedAt, dispatchedAt: ticket.dispatchedAt },
      catalog,
    );
    Object.assign(assignments, { sla_class: sla.slaClass, dispatch_by: sla.dispatchBy, feedback_by: sla.feedbackBy });
  }
  const changedRisky = riskyTicketFields.filter((field) => changed.some(([name]) => name === field));
  const fieldVersions = { ...ticket.fieldVersions, ...Object.fromEntries(changedRisky.map((field) => [field, change])) };
  Object.assign(assignments, { field_versions: JSON.stringify(fieldVersions), last_change: change });
  // Column names come from ticketContentColumns and this function, never from the request.
  const setClause = Object.keys(assignments).map((column) => `${column} = @${column}`).join(', ');
  prepareCached(db, `UPDATE ticket SET ${setClause} WHERE id = @id`).run({ ...assignments, id: ticket.id });
  recordTicketEvent(db, {
    ticketId: ticket.id,
    kind: 'fields',
    at: now,
    actor,
    action: null,
    status: ticket.lifecycle.status,
    comment: null,
    fields: Object.fromEntries(changed),
    change,
  });
  return { outcome: 'applied', ticketId: ticket.id, change };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
