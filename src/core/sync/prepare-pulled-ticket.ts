import { normalizePhone } from '../../shared/phone/normalize-phone';
import type { SyncTicket } from '../../shared/sync/sync-ticket-schema';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import { textProfileBytes, textProfiles } from '../tickets/text-profiles';
import { ticketContentColumns } from '../tickets/ticket-content-columns';
import { titleIndexText } from '../tickets/title-search';
import type { ServerStateInsert, TicketInsert } from '../tickets/ticket-writes';
import { centerTimeline } from './center-timeline';
import { contentWithPending, statusWithPending, type PendingMutation } from './pending-overlay';

/**
 * A pulled ticket turned into the rows the seat stores, with the operator's
 * pending mutations laid on top. Everything here depends on the ticket and
 * those mutations only, never on the database, so the pull reader's thread
 * (pull-reader/) prepares a first pull's tickets while the core writes the
 * previous page; the core then only runs the inserts.
 */
export interface PreparedTicket {
  id: string;
  version: number;
  row: TicketInsert;
  server: ServerStateInsert;
  /** The title as the title search indexes it. */
  titleText: string;
  /** The "already reported?" profiles of title and description. */
  profile: { title: Uint8Array; description: Uint8Array };
  description: string;
  author: string;
  receivedAt: number;
  notes: SyncTicket['notes'];
  /** The timeline's copy of the center's events, as ticket_center_events stores it. */
  centerEvents: string;
  repeatOfTicketId: string | null;
}

export function preparePulledTicket(ticket: SyncTicket, pending: readonly PendingMutation[], role: TicketActorRole): PreparedTicket {
  const content = contentWithPending(ticket.content, pending);
  const { lifecycle } = ticket;
  const phone = normalizePhone(content.callerPhone);
  const row: TicketInsert = {
    ...ticketContentColumns(content, {
      leadUnitId: lifecycle.leadUnitId,
      coUnitIds: lifecycle.coUnits.map((unit) => unit.unitId),
      repeatOfTicketId: lifecycle.repeatOfTicketId,
    }),
    id: ticket.id,
    number: ticket.number,
    status: statusWithPending(lifecycle, pending, role),
    caller_phone_key: ticket.callerPhoneKey,
    caller_phone_display: phone.display,
    direct_answer: lifecycle.status === 'direct_answered' ? 1 : 0,
    catalog_version: ticket.catalogVersion,
    // The seat's own convention: created_by is the client id of the seat that took it ("mine" in the list).
    created_by: ticket.createdBy.clientId,
    draft_id: null,
    received_at: ticket.receivedAt,
    dispatch_by: ticket.dispatchBy,
    feedback_by: ticket.feedbackBy,
    created_at: ticket.createdAt,
    updated_at: ticket.events.at(-1)?.at ?? ticket.createdAt,
  };
  return {
    id: ticket.id,
    version: ticket.version,
    row,
    server: { server_version: ticket.version, server_lifecycle: JSON.stringify(lifecycle), field_versions: JSON.stringify(ticket.fieldVersions) },
    titleText: titleIndexText(row.title),
    profile: textProfileBytes(textProfiles(row.title, ticket.content.description)),
    description: ticket.content.description,
    author: ticket.createdBy.username,
    receivedAt: ticket.receivedAt,
    notes: ticket.notes,
    centerEvents: JSON.stringify(centerTimeline(ticket.events)),
    repeatOfTicketId: lifecycle.repeatOfTicketId,
  };
}
