import { z } from 'zod';
import { applyAction } from './apply-ticket-action';
import { ticketActionSchema } from './ticket-action';
import { ticketActorSchema } from './ticket-actor';
import { initialTicketLifecycle, type TicketLifecycle } from './ticket-lifecycle';
import type { TicketRejection } from './ticket-rejection';
import { ticketStatusSchema } from './ticket-status';

/** One lifecycle event as the center records it: what was done, by whom, and the status it left. */
export const lifecycleEventSchema = z.object({
  action: ticketActionSchema,
  actor: ticketActorSchema,
  status: ticketStatusSchema,
});
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;

export type PathCheck =
  | { ok: true; state: TicketLifecycle }
  | { ok: false; index: number; reason: string; rejection?: TicketRejection };

/**
 * Replays a ticket's recorded events from the start of the loop and reports
 * the first one the state machine would not have allowed, or whose recorded
 * status differs from the one the machine reaches. This is invariant 7 of
 * the sync protocol: a center that applied a mutation twice, out of order or
 * past a rejection leaves a history this check refuses.
 */
export function checkPath(history: readonly LifecycleEvent[]): PathCheck {
  let state = initialTicketLifecycle();
  for (let index = 0; index < history.length; index += 1) {
    const event = history[index];
    if (!event) break;
    const result = applyAction(state, event.action, event.actor);
    if (!result.ok) {
      return { ok: false, index, reason: `event ${index}: ${result.rejection.detail}`, rejection: result.rejection };
    }
    if (result.state.status !== event.status) {
      return {
        ok: false,
        index,
        reason: `event ${index}: "${event.action.type}" leads to ${result.state.status}, but ${event.status} was recorded`,
      };
    }
    state = result.state;
  }
  return { ok: true, state };
}

export function isLegalPath(history: readonly LifecycleEvent[]): boolean {
  return checkPath(history).ok;
}
