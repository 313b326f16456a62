import type { SyncTicket } from '../../../../src/shared/sync/sync-ticket-schema';
import type { LifecycleEvent } from '../../../../src/shared/tickets/legal-path';

/** A ticket's lifecycle events as the state machine's legal-path check (invariant 7) reads them. */
export function lifecycleHistory(ticket: SyncTicket): LifecycleEvent[] {
  return ticket.events.flatMap((event) =>
    event.kind === 'action' && event.action
      ? [{ action: event.action, actor: { role: event.actor.role, ...(event.actor.unitId ? { unitId: event.actor.unitId } : {}) }, status: event.status }]
      : [],
  );
}
