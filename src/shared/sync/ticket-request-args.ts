import { z } from 'zod';
import { controlCharacters } from '../contract/intake/text-limits';
import { ticketActionSchema } from '../tickets/ticket-action';
import { syncTicketIdSchema } from './ticket-create-args';

/** Long enough for a callback summary or a dispatch instruction, short enough to read in a history list. */
export const requestCommentMaxLength = 2000;

/**
 * `ticket.request@1`: ask the center for a lifecycle change (dispatch,
 * link as repeat, callback result, rating, …). Seats never set a status;
 * the center judges the action with the shared state machine under the
 * signed-in role and records an event, or a rejection with its reason.
 */
export const ticketRequestArgsSchema = z
  .object({
    ticketId: syncTicketIdSchema,
    action: ticketActionSchema,
    /** Free text kept on the event (why it was sent back, what the citizen said); never changes what is legal. */
    comment: z
      .string()
      .max(requestCommentMaxLength)
      .refine((value) => !controlCharacters.test(value), 'must not contain control characters')
      .optional(),
  })
  .strict();
export type TicketRequestArgs = z.infer<typeof ticketRequestArgsSchema>;
