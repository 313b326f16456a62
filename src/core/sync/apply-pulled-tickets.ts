import type { Database } from 'better-sqlite3';
import type { SyncTicket } from '../../shared/sync/sync-ticket-schema';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import { createTicketWrites, type ServerStateInsert, type TicketInsert } from '../tickets/ticket-writes';
import type { PendingMutation } from './pending-overlay';
import { preparePulledTicket, type PreparedTicket } from './prepare-pulled-ticket';

export interface AppliedPage {
  /** Ids of tickets whose stored state changed (lists and open details refetch them). */
  changedIds: string[];
  cursor: number;
}

export interface AppliedReadPage extends AppliedPage {
  /** Tickets left as they were because the seat has pending mutations for them: fetch them (open) and applyFetched. */
  toFetch: string[];
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

  /** Whether a pulled version replaces what the seat holds (forced: the same version applies again). */
  function isNewer(local: LocalTicket | undefined, version: number, force: boolean): boolean {
    if (!local || local.server_version === null) return true;
    return force ? local.server_version <= version : local.server_version < version;
  }

  function applyTicket(ticket: SyncTicket, force: boolean): boolean {
    const local = findLocal.get(ticket.id);
    if (!isNewer(local, ticket.version, force)) return false;
    const pending = local ? pendingFor.all(local.ticket_key) : [];
    write(preparePulledTicket(ticket, pending, role()), local);
    return true;
  }

  /**
   * A ticket the pull reader prepared without the seat's pending mutations:
   * 'pending' when the seat has some for it, and it stays as it is until
   * fetched again whole. Should that fetch never come (a crash), the pending
   * mutation still reaches the center and its new version comes back by the
   * cursor; until then the seat shows what it showed before.
   */
  function applyReadTicket(read: PreparedTicket): 'applied' | 'unchanged' | 'pending' {
    const local = findLocal.get(read.id);
    if (!isNewer(local, read.version, false)) return 'unchanged';
    if (local && pendingFor.all(local.ticket_key).length > 0) return 'pending';
    write(read, local);
    return 'applied';
  }

  function write(ticket: PreparedTicket, local: LocalTicket | undefined): void {
    let ticketKey: number;
    if (local) {
      ticketKey = local.ticket_key;
      updateTicket.run({ ...ticket.row, ...ticket.server, ticket_key: ticketKey });
      if (local.title !== ticket.row.title) writes.retitle(ticketKey, ticket.row.title, ticket.description);
    } else {
      ticketKey = writes.ticket(ticket.row, ticket.server, ticket.titleText);
      writes.profile(ticketKey, ticket.profile.title, ticket.profile.description);
      // The call notes taken at intake are revision 1 here as on the seat that took them; the ticket's id names it.
      writes.note({ id: ticket.id, ticketKey, revision: 1, body: ticket.description, author: ticket.author, at: ticket.receivedAt });
    }
    addNewNotes(ticketKey, ticket.notes);
    storeCenterEvents.run(ticketKey, ticket.centerEvents);
    if (ticket.repeatOfTicketId !== null) insertLink.run(ticketKey, ticket.repeatOfTicketId, ticket.row.created_at);
  }

  function addNewNotes(ticketKey: number, notes: SyncTicket['notes']): void {
    if (notes.length === 0) return;
    const known = new Set(knownNoteIds.all(ticketKey));
    for (const note of notes) {
      if (known.has(note.id)) continue;
      const revision = nextRevision.get(ticketKey) as number;
      writes.note({ id: note.id, ticketKey, revision, body: note.body, author: note.author, at: note.at });
    }
  }

  const applyPage = db.transaction((tickets: readonly SyncTicket[], cursor: number | null, force: boolean): AppliedPage => {
    return withCursor(
      tickets.filter((ticket) => applyTicket(ticket, force)).map((ticket) => ticket.id),
      cursor,
    );
  });

  const applyReadPage = db.transaction((tickets: readonly PreparedTicket[], cursor: number | null): AppliedReadPage => {
    const changedIds: string[] = [];
    const toFetch: string[] = [];
    for (const ticket of tickets) {
      const outcome = applyReadTicket(ticket);
      if (outcome === 'applied') changedIds.push(ticket.id);
      else if (outcome === 'pending') toFetch.push(ticket.id);
    }
    return { ...withCursor(changedIds, cursor), toFetch };
  });

  function withCursor(changedIds: string[], cursor: number | null): AppliedPage {
    const held = readCursor.get() ?? 0;
    if (cursor !== null && cursor > held) writeCursor.run(cursor);
    return { changedIds, cursor: Math.max(held, cursor ?? held) };
  }

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
    /** The same for tickets the pull reader's thread prepared (pull-reader/). */
    applyReadPage: (tickets: readonly PreparedTicket[], cursor: number | null) => withoutFsync(() => applyReadPage.immediate(tickets, cursor)),
    /**
     * Tickets fetched outside the cursor (opened, or re-read after a refusal):
     * the same version applies again, so a refused edit gives way to the
     * center's values it was laid over.
     */
    applyFetched: (tickets: readonly SyncTicket[]) => applyPage.immediate(tickets, null, true),
  };
}
