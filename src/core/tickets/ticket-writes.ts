import type { Database } from 'better-sqlite3';
import { textProfileBytes, textProfiles } from './text-profiles';
import { titleIndexText } from './title-search';

/** One ticket row as stored; see migration 0003 for what each column means. */
export interface TicketInsert {
  id: string;
  number: string | null;
  status: string;
  channel: string;
  appeal_type: string;
  urgency: string;
  category_id: string;
  district_code: string;
  street_code: string;
  community_code: string;
  address: string;
  lat: number | null;
  lng: number | null;
  title: string;
  caller_phone_raw: string;
  caller_phone_key: string | null;
  caller_phone_display: string;
  caller_name: string;
  caller_gender: string;
  anonymous: number;
  callback_consent: number;
  callback_phone: string;
  lead_unit_id: string | null;
  co_unit_ids: string;
  repeat_of_id: string | null;
  kb_document_ids: string;
  direct_answer: number;
  catalog_version: string;
  created_by: string;
  draft_id: string | null;
  received_at: number;
  dispatch_by: number | null;
  feedback_by: number | null;
  created_at: number;
  updated_at: number;
}

/** The center's side of a pulled ticket (migration 0006): its version, lifecycle and field versions, as JSON where structured. */
export interface ServerStateInsert {
  server_version: number;
  server_lifecycle: string;
  field_versions: string;
}

export interface NoteInsert {
  id: string;
  ticketKey: number;
  revision: number;
  body: string;
  author: string;
  at: number;
}

const ticketColumns: (keyof TicketInsert)[] = [
  'id', 'number', 'status', 'channel', 'appeal_type', 'urgency', 'category_id', 'district_code', 'street_code',
  'community_code', 'address', 'lat', 'lng', 'title', 'caller_phone_raw', 'caller_phone_key', 'caller_phone_display',
  'caller_name', 'caller_gender', 'anonymous', 'callback_consent', 'callback_phone', 'lead_unit_id', 'co_unit_ids',
  'repeat_of_id', 'kb_document_ids', 'direct_answer', 'catalog_version', 'created_by', 'draft_id', 'received_at',
  'dispatch_by', 'feedback_by', 'created_at', 'updated_at',
];

/**
 * The inserts that make a ticket and its history, prepared once. None opens
 * a transaction: callers group them (intake finish, the generator's batches).
 */
export function createTicketWrites(db: Database) {
  const ticket = db.prepare<TicketInsert>(
    `INSERT INTO tickets (${ticketColumns.join(', ')}) VALUES (${ticketColumns.map((c) => `@${c}`).join(', ')})`,
  );
  const pulledTicket = db.prepare<TicketInsert & ServerStateInsert>(
    `INSERT INTO tickets (${ticketColumns.join(', ')}, server_version, server_lifecycle, field_versions)
     VALUES (${ticketColumns.map((c) => `@${c}`).join(', ')}, @server_version, @server_lifecycle, @field_versions)`,
  );
  const titleIndex = db.prepare<[number, string]>('INSERT INTO ticket_title_fts (rowid, title) VALUES (?, ?)');
  const profile = db.prepare<[number, Uint8Array, Uint8Array]>(
    'INSERT INTO ticket_text_profiles (ticket_key, title, description) VALUES (?, ?, ?)',
  );
  const note = db.prepare<NoteInsert>(
    'INSERT INTO ticket_notes (id, ticket_key, revision, body, author, at) VALUES (@id, @ticketKey, @revision, @body, @author, @at)',
  );
  const event = db.prepare<[number, string, number, string, string]>(
    'INSERT INTO ticket_events (ticket_key, kind, at, actor, data) VALUES (?, ?, ?, ?, ?)',
  );
  const untitle = db.prepare<[number]>('DELETE FROM ticket_title_fts WHERE rowid = ?');
  const reprofile = db.prepare<[Uint8Array, Uint8Array, number]>('UPDATE ticket_text_profiles SET title = ?, description = ? WHERE ticket_key = ?');
  const link = db.prepare<[number, string, string, number]>(
    'INSERT INTO ticket_links (ticket_key, kind, linked_ticket_id, at) VALUES (?, ?, ?, ?)',
  );
  return {
    /**
     * Returns the new ticket_key. The title goes into the search index with
     * the row, so no ticket is unfindable. A ticket pulled from the center
     * comes with the center's state, written in the same insert, and may
     * come with its title's index text already made (the pull reader's).
     */
    ticket: (row: TicketInsert, server?: ServerStateInsert, titleText = titleIndexText(row.title)) => {
      const ticketKey = Number((server ? pulledTicket.run({ ...row, ...server }) : ticket.run(row)).lastInsertRowid);
      titleIndex.run(ticketKey, titleText);
      return ticketKey;
    },
    profile: (ticketKey: number, title: Uint8Array, description: Uint8Array) => {
      profile.run(ticketKey, title, description);
    },
    /** A new title (an edit here or at the center): the search index and the "already reported?" profile follow it. */
    retitle: (ticketKey: number, title: string, description: string) => {
      untitle.run(ticketKey);
      titleIndex.run(ticketKey, titleIndexText(title));
      const profiles = textProfileBytes(textProfiles(title, description));
      reprofile.run(profiles.title, profiles.description, ticketKey);
    },
    note: (row: NoteInsert) => {
      note.run(row);
    },
    event: (ticketKey: number, kind: string, at: number, actor: string, data: Record<string, unknown>) => {
      event.run(ticketKey, kind, at, actor, JSON.stringify(data));
    },
    link: (ticketKey: number, kind: 'repeat_of' | 'related', linkedTicketId: string, at: number) => {
      link.run(ticketKey, kind, linkedTicketId, at);
    },
  };
}
export type TicketWrites = ReturnType<typeof createTicketWrites>;
