import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { NoteRevision } from '../../shared/contract/intake/ticket-views';
import { createOutboxStore } from '../outbox/outbox-store';
import { invalidIntake } from './invalid-intake';
import { ticketEventKinds } from './ticket-event-kinds';
import { createTicketWrites } from './ticket-writes';

/**
 * A new revision of a ticket's notes: the next revision number, its event
 * and its outbox mutation in one transaction. Earlier revisions are never
 * touched (the table refuses it), so every edit stays auditable.
 */
export function createAddNote(db: Database, actor: () => string) {
  const writes = createTicketWrites(db);
  const outbox = createOutboxStore(db);
  const ticketKey = db.prepare<[string], number>('SELECT ticket_key FROM tickets WHERE id = ?').pluck();
  const nextRevision = db
    .prepare<[number], number>('SELECT coalesce(max(revision), 0) + 1 FROM ticket_notes WHERE ticket_key = ?')
    .pluck();
  const touch = db.prepare<[number, number]>('UPDATE tickets SET updated_at = ? WHERE ticket_key = ?');

  const write = db.transaction((ticketId: string, body: string, now: number): NoteRevision => {
    const key = ticketKey.get(ticketId);
    if (key === undefined) throw invalidIntake('tickets.addNote', [{ path: 'ticketId', reason: `no ticket "${ticketId}" on this seat` }]);
    const revision = nextRevision.get(key) as number;
    const author = actor();
    const note: NoteRevision = { id: uuidv7(), revision, body, author, at: now };
    writes.note({ ...note, ticketKey: key });
    writes.event(key, ticketEventKinds.noteAdded, now, author, { noteId: note.id, revision });
    touch.run(now, key);
    outbox.append('ticket.addNote@1', key, { ticketId, noteId: note.id, body }, now);
    return note;
  });

  return (ticketId: string, body: string, now: number): NoteRevision => write.immediate(ticketId, body, now);
}
