import type { Database } from 'better-sqlite3';
import type { SyncTicketEvent } from '../../shared/sync/sync-ticket-schema';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { TicketStatus } from '../../shared/tickets/ticket-status';
import type { CenterActor } from './center-actor';
import { prepareCached } from '../store/prepare-cached';

export interface NewTicketEvent {
  ticketId: string;
  kind: SyncTicketEvent['kind'];
  at: number;
  actor: CenterActor;
  action: TicketAction | null;
  status: TicketStatus;
  comment: string | null;
  fields: Record<string, unknown> | null;
  change: number;
}

/** Appends one entry to a ticket's history; the table's triggers refuse any later edit or removal. */
export function recordTicketEvent(db: Database, event: NewTicketEvent): void {
  prepareCached(
    db,
    `INSERT INTO ticket_event (ticket_id, kind, at, actor_role, actor_unit_id, actor_user, action, status, comment, fields, change)
     VALUES (@ticketId, @kind, @at, @role, @unitId, @username, @action, @status, @comment, @fields, @change)`,
  ).run({
    ticketId: event.ticketId,
    kind: event.kind,
    at: event.at,
    role: event.actor.role,
    unitId: event.actor.unitId,
    username: event.actor.username,
    action: event.action === null ? null : JSON.stringify(event.action),
    status: event.status,
    comment: event.comment,
    fields: event.fields === null ? null : JSON.stringify(event.fields),
    change: event.change,
  });
}
