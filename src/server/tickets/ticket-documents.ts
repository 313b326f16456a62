import type { Database } from 'better-sqlite3';
import type { SyncNote, SyncTicket, SyncTicketEvent } from '../../shared/sync/sync-ticket-schema';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import type { TicketStatus } from '../../shared/tickets/ticket-status';
import { recordFromRow, type TicketRecord, type TicketRow } from './ticket-record';
import { prepareCached } from '../store/prepare-cached';

interface EventRow {
  id: number;
  ticket_id: string;
  kind: SyncTicketEvent['kind'];
  at: number;
  actor_role: TicketActorRole;
  actor_unit_id: string | null;
  actor_user: string;
  action: string | null;
  status: TicketStatus;
  comment: string | null;
  fields: string | null;
  change: number;
}

interface NoteRow {
  id: string;
  ticket_id: string;
  body: string;
  author: string;
  at: number;
  change: number;
}

/**
 * Whole tickets as the wire carries them, for a page of ids: three queries
 * (tickets, events, notes) whatever the page size, returned in the order of
 * `ids`; ids with no ticket are left out.
 */
export function loadSyncTickets(db: Database, ids: readonly string[]): SyncTicket[] {
  if (ids.length === 0) return [];
  const idsJson = JSON.stringify(ids);
  const rows = prepareCached<[string], TicketRow>(db, 'SELECT * FROM ticket WHERE id IN (SELECT value FROM json_each(?))').all(idsJson);
  const events = groupByTicket(
    // The opening's fields are the form as first saved: the center keeps them, the wire leaves them out (sync-ticket-schema.ts).
    prepareCached<[string], EventRow>(
      db,
      `SELECT id, ticket_id, kind, at, actor_role, actor_unit_id, actor_user, action, status, comment,
         CASE WHEN kind = 'created' THEN NULL ELSE fields END AS fields, change
       FROM ticket_event WHERE ticket_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ).all(idsJson),
  );
  const notes = groupByTicket(
    prepareCached<[string], NoteRow>(db, 'SELECT * FROM ticket_note WHERE ticket_id IN (SELECT value FROM json_each(?)) ORDER BY at, id').all(idsJson),
  );
  const byId = new Map(rows.map((row) => [row.id, recordFromRow(row)]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [toSyncTicket(record, events.get(id) ?? [], notes.get(id) ?? [])] : [];
  });
}

function toSyncTicket(record: TicketRecord, events: readonly EventRow[], notes: readonly NoteRow[]): SyncTicket {
  return {
    id: record.id,
    number: record.number,
    version: record.version,
    content: record.content,
    callerPhoneKey: record.callerPhoneKey,
    lifecycle: record.lifecycle,
    slaClass: record.slaClass,
    receivedAt: record.receivedAt,
    dispatchedAt: record.dispatchedAt,
    dispatchBy: record.dispatchBy,
    feedbackBy: record.feedbackBy,
    catalogVersion: record.catalogVersion,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    fieldVersions: record.fieldVersions,
    events: events.map(toSyncEvent),
    notes: notes.map((note): SyncNote => ({ id: note.id, body: note.body, author: note.author, at: note.at, change: note.change })),
  };
}

function toSyncEvent(row: EventRow): SyncTicketEvent {
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    actor: { role: row.actor_role, unitId: row.actor_unit_id, username: row.actor_user },
    action: row.action === null ? null : (JSON.parse(row.action) as TicketAction),
    status: row.status,
    comment: row.comment,
    fields: row.fields === null ? null : (JSON.parse(row.fields) as Record<string, unknown>),
    change: row.change,
  };
}

function groupByTicket<T extends { ticket_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.ticket_id) ?? [];
    list.push(row);
    groups.set(row.ticket_id, list);
  }
  return groups;
}
