import type { SyncMutation } from '../../shared/sync/sync-mutation-schema';
import type { SyncMutationName } from '../../shared/sync/sync-mutation-names';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import { addTicketNote } from '../tickets/add-ticket-note';
import type { CenterActor } from '../tickets/center-actor';
import { createTicket } from '../tickets/create-ticket';
import { requestTicketAction } from '../tickets/request-ticket-action';
import { setTicketFields } from '../tickets/set-ticket-fields';
import type { TicketContext } from '../tickets/ticket-context';
import { rejected, type TicketOutcome } from '../tickets/ticket-outcome';

/**
 * Who may send each mutation. Requests are open to every seat role because
 * the state machine judges each action by role itself (a callback agent may
 * record a callback, not dispatch).
 */
const mutationRoles: Record<SyncMutationName, readonly TicketActorRole[]> = {
  'ticket.create@1': ['operator', 'supervisor'],
  'ticket.setFields@1': ['operator', 'callback', 'supervisor'],
  'ticket.addNote@1': ['operator', 'callback', 'supervisor'],
  'ticket.request@1': ['operator', 'callback', 'supervisor'],
};

/** Runs one mutation's ticket operation; the caller holds the transaction. */
export function applySyncMutation(context: TicketContext, actor: CenterActor, mutation: SyncMutation): TicketOutcome {
  if (!mutationRoles[mutation.name].includes(actor.role)) {
    const ticketId = 'ticketId' in mutation.args ? mutation.args.ticketId : null;
    return rejected(null, { code: 'mutation_not_allowed', message: `${actor.role} may not send ${mutation.name} (ticket ${ticketId})` });
  }
  switch (mutation.name) {
    case 'ticket.create@1':
      return createTicket(context, actor, mutation.args);
    case 'ticket.setFields@1':
      return setTicketFields(context, actor, mutation.args);
    case 'ticket.addNote@1':
      return addTicketNote(context, actor, mutation.args);
    case 'ticket.request@1':
      return requestTicketAction(context, actor, mutation.args);
  }
}
