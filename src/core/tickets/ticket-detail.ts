import type { Database } from 'better-sqlite3';
import type { NoteRevision, TicketDetail, TicketEvent } from '../../shared/contract/intake/ticket-views';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { ticketSummaryColumns, toTicketSummary, type TicketSummaryRow } from './ticket-summary-row';

interface DetailRow extends TicketSummaryRow {
  caller_phone_raw: string;
  caller_name: string;
  caller_gender: string;
  anonymous: number;
  callback_consent: number;
  callback_phone: string;
  community_code: string;
  address: string;
  lat: number | null;
  lng: number | null;
  co_unit_ids: string;
  kb_document_ids: string;
  direct_answer: number;
  catalog_version: string;
  created_by: string;
}

interface EventRow {
  id: number;
  kind: string;
  at: number;
  actor: string;
  data: string;
}

interface LinkRow {
  kind: 'repeat_of' | 'related';
  linked_ticket_id: string;
  at: number;
  title: string | null;
}

/**
 * A ticket with its whole story: events, every revision of the notes, and
 * its links with the linked ticket's title where this seat has it. The
 * description shown is the newest revision of the notes.
 */
export function createTicketDetail(db: Database): (id: string) => TicketDetail | null {
  const ticket = db.prepare<[string], DetailRow>(`
    SELECT ${ticketSummaryColumns}, t.caller_phone_raw, t.caller_name, t.caller_gender, t.anonymous,
      t.callback_consent, t.callback_phone, t.community_code, t.address, t.lat, t.lng, t.co_unit_ids,
      t.kb_document_ids, t.direct_answer, t.catalog_version, t.created_by
    FROM tickets t WHERE t.id = ?`);
  const events = db.prepare<[number], EventRow>(
    'SELECT id, kind, at, actor, data FROM ticket_events WHERE ticket_key = ? ORDER BY id',
  );
  // The center's events as pulled (migration 0007), already in the timeline's shape.
  const centerEvents = db.prepare<[number], string>('SELECT events FROM ticket_center_events WHERE ticket_key = ?').pluck();
  const notes = db.prepare<[number], NoteRevision>(
    'SELECT id, revision, body, author, at FROM ticket_notes WHERE ticket_key = ? ORDER BY revision',
  );
  const links = db.prepare<[number], LinkRow>(`
    SELECT l.kind, l.linked_ticket_id, l.at, linked.title
    FROM ticket_links l LEFT JOIN tickets linked ON linked.id = l.linked_ticket_id
    WHERE l.ticket_key = ? ORDER BY l.at, l.linked_ticket_id`);

  return (id) => {
    const row = ticket.get(id);
    if (!row) return null;
    const revisions = notes.all(row.ticket_key);
    return {
      ...toTicketSummary(row),
      callerPhone: normalizePhone(row.caller_phone_raw),
      callerName: row.caller_name,
      callerGender: row.caller_gender as TicketDetail['callerGender'],
      anonymous: row.anonymous === 1,
      callbackConsent: row.callback_consent === 1,
      callbackPhone: row.callback_phone,
      communityCode: row.community_code,
      address: row.address,
      lat: row.lat,
      lng: row.lng,
      description: revisions.at(-1)?.body ?? '',
      coUnitIds: JSON.parse(row.co_unit_ids) as string[],
      kbDocumentIds: JSON.parse(row.kb_document_ids) as string[],
      directAnswer: row.direct_answer === 1,
      catalogVersion: row.catalog_version,
      // Who took the call, by name: the first revision's author. created_by is the seat's client id (what "mine" means).
      createdBy: revisions[0]?.author ?? row.created_by,
      events: timeline(events.all(row.ticket_key), centerEvents.get(row.ticket_key)),
      notes: revisions,
      links: links.all(row.ticket_key).map((link) => ({
        kind: link.kind,
        ticketId: link.linked_ticket_id,
        title: link.title,
        at: link.at,
      })),
    };
  };
}

/** The seat's own events and the center's, in the order they happened (a stable sort keeps each side's order on ties). */
function timeline(seatRows: EventRow[], centerJson: string | undefined): TicketEvent[] {
  const seat = seatRows.map((row): TicketEvent => ({
    source: 'seat',
    id: row.id,
    kind: row.kind,
    at: row.at,
    actor: row.actor,
    data: JSON.parse(row.data) as Record<string, unknown>,
  }));
  const center = centerJson === undefined ? [] : (JSON.parse(centerJson) as Omit<TicketEvent, 'source'>[]).map((event): TicketEvent => ({ ...event, source: 'center' }));
  return [...seat, ...center].sort((a, b) => a.at - b.at);
}
