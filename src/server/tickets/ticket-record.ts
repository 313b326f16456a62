import type { Database } from 'better-sqlite3';
import type { SlaClass } from '../../shared/catalog/sla-table-schema';
import type { RiskyTicketField, TicketContent } from '../../shared/sync/ticket-content-schema';
import type { TicketLifecycle } from '../../shared/tickets/ticket-lifecycle';
import { contentFromRow } from './ticket-columns';
import { prepareCached } from '../store/prepare-cached';

/** A ticket row as SQLite returns it. */
export interface TicketRow extends Record<string, unknown> {
  id: string;
  number: string;
  caller_phone_key: string | null;
  status: string;
  lead_unit_id: string | null;
  lifecycle: string;
  sla_class: SlaClass;
  received_at: number;
  dispatched_at: number | null;
  dispatch_by: number | null;
  feedback_by: number;
  catalog_version: string;
  created_by_client: string;
  created_by_seat: string;
  created_by_user: string;
  created_at: number;
  field_versions: string;
  last_change: number;
  last_action_at: number;
}

/** A ticket as the lifecycle engine works with it. */
export interface TicketRecord {
  id: string;
  number: string;
  content: TicketContent;
  callerPhoneKey: string | null;
  lifecycle: TicketLifecycle;
  slaClass: SlaClass;
  receivedAt: number;
  dispatchedAt: number | null;
  dispatchBy: number | null;
  feedbackBy: number;
  catalogVersion: string;
  createdBy: { clientId: string; seatId: string; username: string };
  createdAt: number;
  /** The change number of the last write of each risky field. */
  fieldVersions: Record<RiskyTicketField, number>;
  /** The change number of the latest write. */
  version: number;
  lastActionAt: number;
}

export function recordFromRow(row: TicketRow): TicketRecord {
  return {
    id: row.id,
    number: row.number,
    content: contentFromRow(row),
    callerPhoneKey: row.caller_phone_key,
    lifecycle: JSON.parse(row.lifecycle) as TicketLifecycle,
    slaClass: row.sla_class,
    receivedAt: row.received_at,
    dispatchedAt: row.dispatched_at,
    dispatchBy: row.dispatch_by,
    feedbackBy: row.feedback_by,
    catalogVersion: row.catalog_version,
    createdBy: { clientId: row.created_by_client, seatId: row.created_by_seat, username: row.created_by_user },
    createdAt: row.created_at,
    fieldVersions: JSON.parse(row.field_versions) as Record<RiskyTicketField, number>,
    version: row.last_change,
    lastActionAt: row.last_action_at,
  };
}

export function readTicket(db: Database, id: string): TicketRecord | null {
  const row = prepareCached<[string], TicketRow>(db, 'SELECT * FROM ticket WHERE id = ?').get(id);
  return row ? recordFromRow(row) : null;
}
