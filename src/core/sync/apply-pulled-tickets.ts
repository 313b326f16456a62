import type { Database } from 'better-sqlite3';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import type { SyncTicket } from '../../shared/sync/sync-ticket-schema';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import { textProfileBytes, textProfiles } from '../tickets/text-profiles';
import { ticketContentColumns } from '../tickets/ticket-content-columns';
import { createTicketWrites, type ServerStateInsert, type TicketInsert } from '../tickets/ticket-writes';
import { centerTimeline } from './center-timeline';
import { contentWithPending, statusWithPending, type PendingMutation } from './pending-overlay';

export interface AppliedPage {
  /** Ids of tickets whose stored state changed (lists and open details refetch them). */
  changedIds: string[];
  cursor: number;
}

interface LocalTicket {
  ticket_key: number;
  server_version: number | null;
  title: string;
}

/**
 * Applies pulled tickets and the page's cursor in one transaction (a crash
 * keeps both or neither). A ticket applies only when its version is newer
 * than the one held, so a page applied twice or out of order changes
 * nothing; the cursor never moves backwards. What the operator sees is the
 * center's state with the seat's pending mutations laid on top.
 */
export function createPulledTicketApplier(db: Database, role: () => TicketActorRole) {
  const writes = createTicketWrites(db);
  const findLocal = db.prepare<[string], LocalTicket>('SELECT ticket_key, server_version, title FROM tickets WHERE id = ?');
  const pendingFor = db.prepare<[number], PendingMutation>(
    'SELECT mutation AS name, args FROM outbox WHERE ticket_key = ? ORDER BY client_seq',
  );
  const knownNoteIds = db.prepare<[number], string>('SELECT id FROM ticket_notes WHERE ticket_key = ?').pluck();
  const nextRevision = db
    .prepare<[number], number>('SELECT coalesce(max(revision), 0) + 1 FROM ticket_notes WHERE ticket_key = ?')
    .pluck();
  const storeCenterEvents = db.prepare<[number, string]>(
    'INSERT INTO ticket_center_events (ticket_key, events) VALUES (?, ?) ON CONFLICT (ticket_key) DO UPDATE SET events = excluded.events',
  );
  const insertLink = db.prepare<[number, string, number]>(
    "INSERT OR IGNORE INTO ticket_links (ticket_key, kind, linked_ticket_id, at) VALUES (?, 'repeat_of', ?, ?)",
  );
  const updateTicket = db.prepare<TicketInsert & ServerStateInsert & { ticket_key: number }>(
    `UPDATE tickets SET number = @number, status = @status, channel = @channel, appeal_type = @appeal_type, urgency = @urgency,
       category_id = @category_id, district_code = @district_code, street_code = @street_code, community_code = @community_code,
       address = @address, lat = @lat, lng = @lng, title = @title, caller_phone_raw = @caller_phone_raw,
       caller_phone_key = @caller_phone_key, caller_phone_display = @caller_phone_display, caller_name = @caller_name,
       caller_gender = @caller_gender, anonymous = @anonymous, callback_consent = @callback_consent,
       callback_phone = @callback_phone, lead_unit_id = @lead_unit_id, co_unit_ids = @co_unit_ids, repeat_of_id = @repeat_of_id,
       kb_document_ids = @kb_document_ids, direct_answer = @direct_answer, catalog_version = @catalog_version,
       received_at = @received_at, dispatch_by = @dispatch_by, feedback_by = @feedback_by, updated_at = @updated_at,
       server_version = @server_version, server_lifecycle = @server_lifecycle, field_versions = @field_versions
     WHERE ticket_key = @ticket_key`,
  );
  const readCursor = db.prepare<[], number>("SELECT value FROM sync_state WHERE key = 'ticket_cursor'").pluck();
  const writeCursor = db.prepare<[number]>(
    "INSERT INTO sync_state (key, value) VALUES ('ticket_cursor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  function columnsOf(ticket: SyncTicket, pending: readonly PendingMutation[]): Omit<TicketInsert, 'id' | 'draft_id' | 'created_at'> {
    const content = contentWithPending(ticket.content, pending);
    const { lifecycle } = ticket;
    const phone = normalizePhone(content.callerPhone);
    return {
      ...ticketContentColumns(content, {
        leadUnitId: lifecycle.leadUnitId,
        coUnitIds: lifecycle.coUnits.map((unit) => unit.unitId),
        repeatOfTicketId: lifecycle.repeatOfTicketId,
      }),
      number: ticket.number,
      status: statusWithPending(lifecycle, pending, role()),
      caller_phone_key: ticket.callerPhoneKey,
      caller_phone_display: phone.display,
      direct_answer: lifecycle.status === 'direct_answered' ? 1 : 0,
      catalog_version: ticket.catalogVersion,
      // The seat's own convention: created_by is the client id of the seat that took it ("mine" in the list).
      created_by: ticket.createdBy.clientId,
      received_at: ticket.receivedAt,
      dispatch_by: ticket.dispatchBy,
      feedback_by: ticket.feedbackBy,
      updated_at: ticket.events.at(-1)?.at ?? ticket.createdAt,
    };
  }

  function applyTicket(ticket: SyncTicket, force: boolean): boolean {
    const local = findLocal.get(ticket.id);
    if (local && local.server_version !== null && (force ? local.server_version > ticket.version : local.server_version >= ticket.version)) {
      return false;
    }
    const pending = local ? pendingFor.all(local.ticket_key) : [];
    const columns = columnsOf(ticket, pending);
    const server = { server_version: ticket.version, server_lifecycle: JSON.stringify(ticket.lifecycle), field_versions: JSON.stringify(ticket.fieldVersions) };
    let ticketKey: number;
    if (local) {
      ticketKey = local.ticket_key;
      updateTicket.run({ ...columns, ...server, id: ticket.id, draft_id: null, created_at: ticket.createdAt, ticket_key: ticketKey });
      if (local.title !== columns.title) {
        writes.retitle(ticketKey, columns.title, ticket.content.description);
      }
    } else {
      ticketKey = writes.ticket({ ...columns, id: ticket.id, draft_id: null, created_at: ticket.createdAt }, server);
      const profiles = textProfileBytes(textProfiles(columns.title, ticket.content.description));
      writes.profile(ticketKey, profiles.title, profiles.description);
      // The call notes taken at intake are revision 1 here as on the seat that took them; the ticket's id names it.
      writes.note({ id: ticket.id, ticketKey, revision: 1, body: ticket.content.description, author: ticket.createdBy.username, at: ticket.receivedAt });
    }
    addNewNotes(ticketKey, ticket);
    storeCenterEvents.run(ticketKey, JSON.stringify(centerTimeline(ticket.events)));
    if (ticket.lifecycle.repeatOfTicketId !== null) insertLink.run(ticketKey, ticket.lifecycle.repeatOfTicketId, ticket.createdAt);
    return true;
  }

  function addNewNotes(ticketKey: number, ticket: SyncTicket): void {
    if (ticket.notes.length === 0) return;
    const known = new Set(knownNoteIds.all(ticketKey));
    for (const note of ticket.notes) {
      if (known.has(note.id)) continue;
      const revision = nextRevision.get(ticketKey) as number;
      writes.note({ id: note.id, ticketKey, revision, body: note.body, author: note.author, at: note.at });
    }
  }

  const applyPage = db.transaction((tickets: readonly SyncTicket[], cursor: number | null, force: boolean): AppliedPage => {
    const changedIds = tickets.filter((ticket) => applyTicket(ticket, force)).map((ticket) => ticket.id);
    const held = readCursor.get() ?? 0;
    if (cursor !== null && cursor > held) writeCursor.run(cursor);
    return { changedIds, cursor: Math.max(held, cursor ?? held) };
  });

  /**
   * Pulled state is written without waiting for the disk (synchronous=NORMAL
   * for these transactions only): a crash can lose the last slices, but they
   * go with their cursor, so the seat pulls them again. The operator's own
   * writes keep synchronous=FULL. This is most of the initial sync's time.
   */
  function withoutFsync<T>(work: () => T): T {
    db.pragma('synchronous = NORMAL');
    try {
      return work();
    } finally {
      db.pragma('synchronous = FULL');
    }
  }

  return {
    /** Pulled tickets, with the page's cursor when this is the page's last slice (null before). */
    applyPage: (tickets: readonly SyncTicket[], cursor: number | null) => withoutFsync(() => applyPage.immediate(tickets, cursor, false)),
    /**
     * Tickets fetched outside the cursor (opened, or re-read after a refusal):
     * the same version applies again, so a refused edit gives way to the
     * center's values it was laid over.
     */
    applyFetched: (tickets: readonly SyncTicket[]) => applyPage.immediate(tickets, null, true),
  };
}
