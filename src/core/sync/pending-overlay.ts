import type { TicketContent } from '../../shared/sync/ticket-content-schema';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import { applyAction } from '../../shared/tickets/apply-ticket-action';
import type { TicketLifecycle } from '../../shared/tickets/ticket-lifecycle';
import type { TicketStatus } from '../../shared/tickets/ticket-status';

/** A ticket's outbox rows not yet acknowledged, oldest first. */
export interface PendingMutation {
  name: string;
  args: string;
}

/**
 * What the operator sees of a ticket while some of its mutations are still
 * on the way: the center's lifecycle with each pending request applied by
 * the same state machine the center runs (a request the machine would
 * refuse changes nothing here either; the center's refusal will say why).
 * So a pull that lands between a ticket's create and its dispatch never
 * shows the operator an older status than the one they just asked for.
 */
export function statusWithPending(server: TicketLifecycle, pending: readonly PendingMutation[], role: TicketActorRole): TicketStatus {
  let state = server;
  for (const mutation of pending) {
    if (mutation.name !== 'ticket.request@1') continue;
    const { action } = JSON.parse(mutation.args) as { action: TicketAction };
    const result = applyAction(state, action, { role });
    if (result.ok) state = result.state;
  }
  return state.status;
}

/** The pulled content with the operator's pending edits kept on top. */
export function contentWithPending(server: TicketContent, pending: readonly PendingMutation[]): TicketContent {
  let content = server;
  for (const mutation of pending) {
    if (mutation.name !== 'ticket.setFields@1') continue;
    const args = JSON.parse(mutation.args) as { fields: Partial<TicketContent> };
    content = { ...content, ...args.fields };
  }
  return content;
}
