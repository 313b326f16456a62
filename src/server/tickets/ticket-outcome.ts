import type { FieldConflict, ReceiptReasonCode } from '../../shared/sync/mutation-receipt-schema';

export interface RejectionReason {
  code: ReceiptReasonCode;
  message: string;
  path?: string;
}

/**
 * What one ticket operation did, before it is dressed as a receipt (push)
 * or an HTTP answer (unit API). `change` is null for an operation that was
 * accepted but changed nothing (a note or a ticket that already exists).
 */
export type TicketOutcome =
  | { outcome: 'applied'; ticketId: string; change: number | null }
  | { outcome: 'rejected'; ticketId: string | null; reason: RejectionReason }
  | { outcome: 'conflict'; ticketId: string; conflicts: FieldConflict[] };

export function rejected(ticketId: string | null, reason: RejectionReason): TicketOutcome {
  return { outcome: 'rejected', ticketId, reason };
}
