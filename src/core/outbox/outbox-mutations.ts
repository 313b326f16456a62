import type { IntakeTicket } from '../../shared/contract/intake/intake-ticket-schema';
import type { TicketAction } from '../../shared/tickets/ticket-action';

/**
 * The intents a seat sends the center, versioned by name (docs/architecture
 * "Sync protocol"). The center validates each against its own state;
 * nothing here sets a status on the center. When the center starts reading
 * them these argument types move to src/shared with a zod schema.
 */
export const outboxMutationNames = {
  createTicket: 'ticket.create@1',
  requestTicketAction: 'ticket.request@1',
  addTicketNote: 'ticket.addNote@1',
} as const;
export type OutboxMutationName = (typeof outboxMutationNames)[keyof typeof outboxMutationNames];

/** The whole ticket as the operator finished it, with what the seat derived (normalized phone, deadlines). */
export interface CreateTicketArgs extends Omit<IntakeTicket, 'description'> {
  ticketId: string;
  draftId: string;
  callId: string | null;
  callerPhoneKey: string | null;
  /** The call notes go as note revision 1, so the center stores them the way it stores every later revision. */
  descriptionNote: AddTicketNoteArgs;
  receivedAt: number;
  dispatchBy: number | null;
  feedbackBy: number | null;
  catalogVersion: string;
  createdBy: string;
}

export interface RequestTicketActionArgs {
  ticketId: string;
  action: Extract<TicketAction, { type: 'dispatch' | 'direct_answer' | 'link_as_repeat' }>;
}

/** Idempotent by noteId on the center: a replayed push stores the note once. */
export interface AddTicketNoteArgs {
  ticketId: string;
  noteId: string;
  revision: number;
  body: string;
  author: string;
  at: number;
}
