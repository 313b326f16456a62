import type { TicketAddNoteArgs } from '../../shared/sync/ticket-add-note-args';
import type { CenterActor } from './center-actor';
import type { TicketContext } from './ticket-context';
import { rejected, type TicketOutcome } from './ticket-outcome';
import { prepareCached } from '../store/prepare-cached';

/**
 * Appends a note. The note id makes it idempotent: the same note arriving
 * again (under another sequence number, from a restored seat) is accepted
 * and changes nothing, so each note exists once (sync invariant 2).
 */
export function addTicketNote(context: TicketContext, actor: CenterActor, args: TicketAddNoteArgs): TicketOutcome {
  const { writer, now } = context;
  const db = writer.db;
  const ticket = prepareCached<[string], { id: string }>(db, 'SELECT id FROM ticket WHERE id = ?').get(args.ticketId);
  if (!ticket) return rejected(null, { code: 'unknown_ticket', message: `no ticket ${args.ticketId} on the center`, path: 'ticketId' });
  const existing = prepareCached<[string], { ticket_id: string }>(db, 'SELECT ticket_id FROM ticket_note WHERE id = ?').get(args.noteId);
  if (existing) {
    if (existing.ticket_id === args.ticketId) return { outcome: 'applied', ticketId: args.ticketId, change: null };
    return rejected(args.ticketId, { code: 'note_id_taken', message: `note ${args.noteId} belongs to another ticket`, path: 'noteId' });
  }
  const change = writer.nextChange();
  prepareCached(db, 'INSERT INTO ticket_note (id, ticket_id, body, author, at, change) VALUES (?, ?, ?, ?, ?, ?)').run(
    args.noteId,
    args.ticketId,
    args.body,
    actor.username,
    now,
    change,
  );
  prepareCached(db, 'UPDATE ticket SET last_change = ? WHERE id = ?').run(change, args.ticketId);
  return { outcome: 'applied', ticketId: args.ticketId, change };
}
