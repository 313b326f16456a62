import { z } from 'zod';
import { catalogIdSchema } from '../../shared/catalog/catalog-primitives';
import { controlCharacters, ticketTextLimits } from '../../shared/contract/intake/text-limits';
import { syncTicketSchema } from '../../shared/sync/sync-ticket-schema';
import { requestCommentMaxLength } from '../../shared/sync/ticket-request-args';

/**
 * The unit-side API's bodies. They live with the server, not in
 * src/shared/sync, because seats never call the unit API; units' own
 * systems (and the simulation tests) do.
 */
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !controlCharacters.test(value), 'must not contain control characters');

const requiredText = (max: number) => text(max).refine((value) => value.trim().length > 0, 'is required');

export const unitTicketParamsSchema = z.object({ id: z.uuid() }).strict();

export const unitTicketListQuerySchema = z
  .object({
    /** `open` (default): tickets still in the loop; `all`: finished ones too. */
    scope: z.enum(['open', 'all']).default('open'),
    limit: z.coerce.number().pipe(z.number().int().min(1).max(500)).default(100),
  })
  .strict();

export const unitSignForRequestSchema = z.object({ comment: text(requestCommentMaxLength).optional() }).strict();

/** 反馈: what the unit did, which the callback agent reads to the citizen. */
export const unitReplyRequestSchema = z.object({ text: requiredText(ticketTextLimits.note) }).strict();

/** 退单: why the ticket is not this unit's, which the dispatch desk reads before re-dispatching. */
export const unitReturnRequestSchema = z.object({ reason: requiredText(requestCommentMaxLength) }).strict();

/** 吹哨: the lead unit calls in co-units. */
export const unitRequestCoUnitsSchema = z
  .object({ unitIds: z.array(catalogIdSchema).min(1).max(30), comment: text(requestCommentMaxLength).optional() })
  .strict();

export const unitTicketResponseSchema = z.object({ ticket: syncTicketSchema });
export const unitTicketListResponseSchema = z.object({ tickets: z.array(syncTicketSchema) });
