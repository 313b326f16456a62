import type { TicketEvent } from '../../shared/contract/intake/ticket-views';
import type { SyncTicketEvent } from '../../shared/sync/sync-ticket-schema';

/** As ticket_center_events stores each (migration 0007); the source is implied. */
export type StoredCenterEvent = Omit<TicketEvent, 'source'>;

/**
 * The center's history of a ticket as the seat's timeline shows it: an
 * action by its type (the same words as the seat's own requests), the
 * opening and field edits by their kind, and what the event carried
 * (status after it, the unit's or supervisor's comment, changed fields).
 *
 * The center keeps the full record; this is the seat's cached copy, a
 * third of an initial sync's bytes. So empty details are left out, and so
 * are the opening's fields: they repeat the whole form, which the ticket
 * itself shows.
 */
export function centerTimeline(events: readonly SyncTicketEvent[]): StoredCenterEvent[] {
  return events.map((event) => {
    const data: Record<string, unknown> = { status: event.status, role: event.actor.role };
    if (event.action) data.action = event.action;
    if (event.comment !== null) data.comment = event.comment;
    if (event.fields !== null && event.kind !== 'created') data.fields = event.fields;
    if (event.actor.unitId !== null) data.unitId = event.actor.unitId;
    return {
      id: event.id,
      kind: event.kind === 'action' && event.action ? event.action.type : event.kind,
      at: event.at,
      actor: event.actor.username,
      data,
    };
  });
}
