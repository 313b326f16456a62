import { z } from 'zod';
import { ticketActorRoleSchema } from './ticket-actor';
import { ticketStatusSchema } from './ticket-status';

/**
 * Why the state machine refused an action. The center records the rejection
 * and the seat shows it to the operator, so each code is specific enough to
 * tell them what to do; `detail` is an English sentence for logs and tests,
 * the renderer translates the code.
 */
export const ticketRejectionCodeSchema = z.enum([
  /** No transition leaves this status with this action (e.g. reply before sign-for). */
  'illegal_in_status',
  /** The transition exists, but not for this role (e.g. an operator signing for a unit). */
  'role_not_allowed',
  /** A unit acted on the lead's behalf without being the lead unit. */
  'not_lead_unit',
  /** A unit acted on another co-unit's record. */
  'not_that_unit',
  /** The co-unit named by the action is not on the ticket. */
  'not_a_co_unit',
  /** The co-unit's own record does not allow the action (e.g. reply before its sign-for). */
  'illegal_for_co_unit',
  /** The lead tried to reply while co-units have not replied yet. */
  'co_units_pending',
  /** A unit named twice, or the lead named as its own co-unit. */
  'unit_already_involved',
  /** Supervision asked for a ticket already under supervision, where it would change nothing. */
  'already_supervised',
]);
export type TicketRejectionCode = z.infer<typeof ticketRejectionCodeSchema>;

export const ticketRejectionSchema = z.object({
  code: ticketRejectionCodeSchema,
  action: z.string(),
  status: ticketStatusSchema,
  role: ticketActorRoleSchema,
  detail: z.string(),
});
export type TicketRejection = z.infer<typeof ticketRejectionSchema>;
