import { z } from 'zod';
import { kbQueryMaxChars } from './kb-search-schemas';
import { epochMs, kbDocumentMetadataSchema, textRangeSchema } from './kb-value-schemas';

export const kbGetInputSchema = z
  .object({
    id: z.string().min(1).max(200),
    /** The search the document was opened from: its matches come back as highlights. */
    query: z.string().max(kbQueryMaxChars).optional(),
  })
  .strict();

/** One earlier or current version of a document (its content is not sent: the preview lists versions). */
export const kbDocumentVersionSchema = z.object({
  version: z.number().int().positive(),
  contentHash: z.string(),
  sourcePath: z.string(),
  importedAt: epochMs,
});

/** A document for the preview pane. */
export const kbDocumentSchema = kbDocumentMetadataSchema.extend({
  keywords: z.array(z.string()),
  questions: z.array(z.string()),
  /**
   * The body as written: Markdown for .md documents, extracted text for the
   * other formats. It is text to show, never markup to interpret.
   */
  body: z.string(),
  format: z.enum(['markdown', 'text', 'html', 'docx']),
  version: z.number().int().positive(),
  updatedAt: epochMs,
  titleHighlights: z.array(textRangeSchema),
  /** Ranges of `body` as written (not of its plain-text rendition). */
  bodyHighlights: z.array(textRangeSchema),
  /** Newest first. */
  history: z.array(kbDocumentVersionSchema),
});
export type KbDocument = z.infer<typeof kbDocumentSchema>;
