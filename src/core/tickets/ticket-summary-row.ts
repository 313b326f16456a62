import type { TicketSummary } from '../../shared/contract/intake/ticket-views';
import type { Urgency } from '../../shared/catalog/urgency';
import type { AppealType } from '../../shared/tickets/appeal-type';
import type { Channel } from '../../shared/tickets/channel';
import type { TicketStatus } from '../../shared/tickets/ticket-status';

/**
 * The columns of a ticket summary, for every query that shows tickets in a
 * list. `pending` is derived: a ticket is pending while any of its
 * mutations waits in the outbox (a partial index makes that one probe).
 */
export const ticketSummaryColumns = `
  t.ticket_key, t.id, t.number, t.title, t.status,
  EXISTS (SELECT 1 FROM outbox o WHERE o.ticket_key = t.ticket_key) AS pending,
  t.channel, t.appeal_type, t.urgency, t.category_id, t.district_code, t.street_code,
  t.caller_phone_display, t.received_at, t.dispatch_by, t.feedback_by, t.lead_unit_id, t.repeat_of_id`;

export interface TicketSummaryRow {
  ticket_key: number;
  id: string;
  number: string | null;
  title: string;
  status: string;
  pending: number;
  channel: string;
  appeal_type: string;
  urgency: string;
  category_id: string;
  district_code: string;
  street_code: string;
  caller_phone_display: string;
  received_at: number;
  dispatch_by: number | null;
  feedback_by: number | null;
  lead_unit_id: string | null;
  repeat_of_id: string | null;
}

/** The CHECK constraints of migration 0003 keep the enum columns within the contract's values. */
export function toTicketSummary(row: TicketSummaryRow): TicketSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status as TicketStatus,
    pending: row.pending === 1,
    channel: row.channel as Channel,
    appealType: row.appeal_type as AppealType,
    urgency: row.urgency as Urgency,
    categoryId: row.category_id,
    districtCode: row.district_code,
    streetCode: row.street_code,
    callerPhoneDisplay: row.caller_phone_display,
    receivedAt: row.received_at,
    dispatchBy: row.dispatch_by,
    feedbackBy: row.feedback_by,
    leadUnitId: row.lead_unit_id,
    repeatOfTicketId: row.repeat_of_id,
  };
}
