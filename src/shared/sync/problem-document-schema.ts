import { z } from 'zod';
import { mutationReceiptSchema } from './mutation-receipt-schema';

/** The media type of RFC 9457 problem documents. */
export const problemMediaType = 'application/problem+json';

/** One field that failed validation: `mutations.2.args.ticket.title`, "is required". */
export const problemFieldErrorSchema = z.object({ path: z.string(), reason: z.string() });
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

/**
 * Every error the center answers, as an RFC 9457 problem document. `type`
 * identifies the kind of problem (the seat branches on it, never on the
 * English title or detail); the extension members carry what the seat
 * needs to recover: the field errors, the sequence number the center
 * expects after a gap, the receipts of the mutations committed before a
 * push stopped, the state machine's reason code.
 */
export const problemDocumentSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(problemFieldErrorSchema).optional(),
    expectedSeq: z.number().int().positive().optional(),
    expectedIncarnation: z.number().int().positive().optional(),
    code: z.string().optional(),
    receipts: z.array(mutationReceiptSchema).optional(),
    /** When a refused request may be tried again (also the Retry-After header). */
    retryAfterSeconds: z.number().int().positive().optional(),
  })
  .loose();
export type ProblemDocument = z.infer<typeof problemDocumentSchema>;
