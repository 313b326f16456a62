import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { IntakeTicket } from '../../shared/contract/intake/intake-ticket-schema';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';
import { slaClassFor } from '../../shared/sla/sla-class-for-ticket';
import { deadlinesFor } from '../../shared/sla/sla-deadlines';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { TicketStatus } from '../../shared/tickets/ticket-status';
import { createOutboxStore } from '../outbox/outbox-store';
import type { CatalogInForce } from './catalog-in-force';
import { checkIntake, type FinishKind } from './check-intake';
import { invalidIntake } from './invalid-intake';
import { ticketContentColumns } from './ticket-content-columns';
import { textProfileBytes, textProfiles } from './text-profiles';
import { ticketEventKinds } from './ticket-event-kinds';
import { createTicketWrites } from './ticket-writes';

/** What finishing an intake asks the center for. */
type IntakeAction = Extract<TicketAction, { type: 'dispatch' | 'direct_answer' | 'link_as_repeat' }>;

export interface FinishIntakeInput {
  draftId: string;
  ticket: IntakeTicket;
}

export interface FinishedIntake {
  ticketId: string;
  status: TicketStatus;
  dispatchBy: number | null;
  feedbackBy: number | null;
}

interface FinishedRow {
  id: string;
  status: TicketStatus;
  dispatch_by: number | null;
  feedback_by: number | null;
}

const methodFor: Record<FinishKind, string> = { dispatch: 'intake.dispatch', direct_answer: 'intake.directAnswer' };

/**
 * Ends an intake: checks it against the catalog in force, then writes the
 * ticket, its notes (revision 1), events, repeat link and outbox mutations
 * and removes the draft, all in one immediate transaction: either the
 * operator's ticket exists with everything the center needs to hear about
 * it, or nothing changed and the draft is still there.
 *
 * Finishing the same draft again (a double Ctrl+Enter, a retry after a lost
 * answer) returns the ticket already made instead of making a second one.
 */
export function createFinishIntake(db: Database, seat: string, actor: () => string) {
  const writes = createTicketWrites(db);
  const outbox = createOutboxStore(db);
  const finishedFromDraft = db.prepare<[string], FinishedRow>(
    'SELECT id, status, dispatch_by, feedback_by FROM tickets WHERE draft_id = ?',
  );
  const ticketExists = db.prepare<[string], number>('SELECT 1 FROM tickets WHERE id = ?').pluck();
  const knownKbDocuments = db
    .prepare<[string], string>('SELECT id FROM kb_document WHERE id IN (SELECT value FROM json_each(?))')
    .pluck();
  const draftCall = db.prepare<[string], { call_id: string | null; call_started_at: number | null }>(
    'SELECT call_id, call_started_at FROM drafts WHERE id = ?',
  );
  const deleteDraft = db.prepare<[string]>('DELETE FROM drafts WHERE id = ?');

  const write = db.transaction((kind: FinishKind, input: FinishIntakeInput, catalog: CatalogInForce, now: number) => {
    const { ticket, draftId } = input;
    const ticketId = uuidv7();
    const status: TicketStatus = kind === 'dispatch' ? 'queued' : 'direct_answered';
    const deadlines = kind === 'dispatch' ? slaDeadlines(ticket, catalog, now) : { dispatchBy: null, feedbackBy: null };
    const callerPhone = normalizePhone(ticket.callerPhone);
    const callerPhoneKey = phoneLookupKey(callerPhone);
    const call = draftCall.get(draftId);

    const ticketKey = writes.ticket({
      ...ticketContentColumns(ticket, ticket),
      id: ticketId,
      number: null,
      status,
      caller_phone_key: callerPhoneKey,
      caller_phone_display: callerPhone.display,
      direct_answer: kind === 'direct_answer' ? 1 : 0,
      catalog_version: catalog.catalog.version,
      created_by: seat,
      draft_id: draftId,
      received_at: now,
      dispatch_by: deadlines.dispatchBy,
      feedback_by: deadlines.feedbackBy,
      created_at: now,
      updated_at: now,
    });
    const profiles = textProfileBytes(textProfiles(ticket.title, ticket.description));
    writes.profile(ticketKey, profiles.title, profiles.description);
    const author = actor();
    writes.note({ id: uuidv7(), ticketKey, revision: 1, body: ticket.description, author, at: now });

    writes.event(ticketKey, ticketEventKinds.intake, now, author, {
      draftId,
      callId: call?.call_id ?? null,
      callStartedAt: call?.call_started_at ?? null,
      catalogVersion: catalog.catalog.version,
    });
    const action = requestedAction(kind, ticket);
    writes.event(ticketKey, eventKindFor(action), now, author, { ...action });
    if (ticket.repeatOfTicketId !== null) writes.link(ticketKey, 'repeat_of', ticket.repeatOfTicketId, now);

    const { leadUnitId: _lead, coUnitIds: _coUnits, repeatOfTicketId: _repeatOf, ...content } = ticket;
    outbox.append('ticket.create@1', ticketKey, { ticketId, receivedAt: now, catalogVersion: catalog.catalog.version, ticket: content }, now);
    outbox.append('ticket.request@1', ticketKey, { ticketId, action }, now);
    deleteDraft.run(draftId);
    return { ticketId, status, ...deadlines };
  });

  return (kind: FinishKind, input: FinishIntakeInput, catalog: CatalogInForce | null, now: number): FinishedIntake => {
    const method = methodFor[kind];
    const earlier = finishedFromDraft.get(input.draftId);
    if (earlier) {
      return { ticketId: earlier.id, status: earlier.status, dispatchBy: earlier.dispatch_by, feedbackBy: earlier.feedback_by };
    }
    if (!catalog) {
      const reason = 'no valid catalog is loaded on this seat, so nothing can be classified';
      throw invalidIntake(method, [{ path: 'ticket.categoryId', reason }]);
    }
    const issues = checkIntake(input.ticket, kind, {
      index: catalog.index,
      ticketExists: (id) => ticketExists.get(id) !== undefined,
      unknownKbDocuments: (ids) => {
        if (ids.length === 0) return [];
        const known = new Set(knownKbDocuments.all(JSON.stringify(ids)));
        return ids.filter((id) => !known.has(id));
      },
    });
    if (issues.length > 0) throw invalidIntake(method, issues);
    return write.immediate(kind, input, catalog, now);
  };
}

/** The deadlines the catalog's SLA table gives this urgency and category, counted from now. */
function slaDeadlines(ticket: IntakeTicket, catalog: CatalogInForce, now: number) {
  const category = catalog.index.categoryById.get(ticket.categoryId) ?? null;
  const slaClass = slaClassFor({ urgency: ticket.urgency, category }, catalog.catalog.slaTable);
  const { dispatchBy, feedbackBy } = deadlinesFor({ receivedAt: now, slaClass }, catalog.catalog.slaTable);
  return { dispatchBy, feedbackBy };
}

/**
 * What the seat asks the center to do with the new ticket. A repeat of an
 * existing ticket is linked to it (handled there, never merged silently)
 * instead of being dispatched a second time.
 */
function requestedAction(kind: FinishKind, ticket: IntakeTicket): IntakeAction {
  if (kind === 'direct_answer') return { type: 'direct_answer' };
  if (ticket.repeatOfTicketId !== null) return { type: 'link_as_repeat', parentTicketId: ticket.repeatOfTicketId };
  return { type: 'dispatch', leadUnitId: ticket.leadUnitId, coUnitIds: ticket.coUnitIds };
}

function eventKindFor(action: IntakeAction): string {
  switch (action.type) {
    case 'dispatch':
      return ticketEventKinds.dispatchRequested;
    case 'direct_answer':
      return ticketEventKinds.directAnswerRequested;
    case 'link_as_repeat':
      return ticketEventKinds.repeatLinkRequested;
  }
}
