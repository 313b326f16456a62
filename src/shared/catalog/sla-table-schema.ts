import { z } from 'zod';
import { catalogNameSchema, durationMsSchema } from './catalog-primitives';
import { urgencySchema } from './urgency';

/**
 * The deadline classes of DOMAIN.md, "Deadlines". `complex` is declared by
 * the center for a ticket (or a category), never picked from an urgency, so
 * it maps to no urgency and has no dispatch deadline.
 */
export const slaClassSchema = z.enum(['emergency', 'urgent', 'general', 'complex']);
export type SlaClass = z.infer<typeof slaClassSchema>;

export const slaRowSchema = z.object({
  slaClass: slaClassSchema,
  name: catalogNameSchema,
  /** The urgency that selects this class when the operator sets it; null for classes the center declares. */
  urgency: urgencySchema.nullable(),
  /** From the end of the call to dispatch; null where the class sets no dispatch deadline. */
  dispatchWithinMs: durationMsSchema.nullable(),
  /** From dispatch to the unit's reply (反馈). */
  feedbackWithinMs: durationMsSchema,
});
export type SlaRow = z.infer<typeof slaRowSchema>;

export const slaTableSchema = z.array(slaRowSchema).min(1, 'the SLA table must not be empty');
export type SlaTable = z.infer<typeof slaTableSchema>;
