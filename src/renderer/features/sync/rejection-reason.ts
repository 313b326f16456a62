import type { SyncRejection } from '../../../shared/contract/sync/sync-method-schemas';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';

type ReasonCode = SyncRejection['reasonCode'];

/**
 * For each code the center can refuse with: what happened, and what the
 * operator does about it. A Record, so a code added to the contract does
 * not compile until someone has written both sentences for it.
 */
export const rejectionReasonMessages: Readonly<Record<ReasonCode, { reason: PlainMessageKey; advice: PlainMessageKey }>> = {
  illegal_in_status: { reason: 'sync.reason.illegal_in_status', advice: 'sync.advice.illegal_in_status' },
  role_not_allowed: { reason: 'sync.reason.role_not_allowed', advice: 'sync.advice.role_not_allowed' },
  not_lead_unit: { reason: 'sync.reason.not_lead_unit', advice: 'sync.advice.not_lead_unit' },
  not_that_unit: { reason: 'sync.reason.not_that_unit', advice: 'sync.advice.not_that_unit' },
  not_a_co_unit: { reason: 'sync.reason.not_a_co_unit', advice: 'sync.advice.not_a_co_unit' },
  illegal_for_co_unit: { reason: 'sync.reason.illegal_for_co_unit', advice: 'sync.advice.illegal_for_co_unit' },
  co_units_pending: { reason: 'sync.reason.co_units_pending', advice: 'sync.advice.co_units_pending' },
  unit_already_involved: { reason: 'sync.reason.unit_already_involved', advice: 'sync.advice.unit_already_involved' },
  already_supervised: { reason: 'sync.reason.already_supervised', advice: 'sync.advice.already_supervised' },
  unknown_ticket: { reason: 'sync.reason.unknown_ticket', advice: 'sync.advice.unknown_ticket' },
  ticket_exists: { reason: 'sync.reason.ticket_exists', advice: 'sync.advice.ticket_exists' },
  unknown_reference: { reason: 'sync.reason.unknown_reference', advice: 'sync.advice.unknown_reference' },
  mutation_not_allowed: { reason: 'sync.reason.mutation_not_allowed', advice: 'sync.advice.mutation_not_allowed' },
  note_id_taken: { reason: 'sync.reason.note_id_taken', advice: 'sync.advice.note_id_taken' },
  conflict: { reason: 'sync.reason.conflict', advice: 'sync.advice.conflict' },
};
