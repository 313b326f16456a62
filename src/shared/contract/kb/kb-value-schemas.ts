import { z } from 'zod';

/**
 * A document's status as its editors wrote it. Whether it is in force also
 * depends on its dates, so results and views carry `expired` beside it.
 */
export const kbStatusSchema = z.enum(['current', 'expired', 'abolished']);
export type KbStatusValue = z.infer<typeof kbStatusSchema>;

/** A range of a text, in UTF-16 units, end exclusive: what the renderer wraps in <mark>. */
export const textRangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRangeValue = z.infer<typeof textRangeSchema>;

export const epochMs = z.number().int();

/** What every view of a document shows about it: search results and the preview pane. */
export const kbDocumentMetadataSchema = z.object({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  authority: z.string(),
  category: z.string(),
  district: z.string(),
  status: kbStatusSchema,
  effectiveFrom: epochMs.nullable(),
  effectiveTo: epochMs.nullable(),
  /** Not in force (expired or abolished, or past its last day): never to be read out as current. */
  expired: z.boolean(),
  notYetEffective: z.boolean(),
  /** The metadata was inferred on import rather than written by an editor. */
  needsReview: z.boolean(),
});
