import { z } from 'zod';
import { syncCursorSchema } from './pull-schemas';

export const kbChangesLimits = { defaultDocuments: 100, maxDocuments: 500 } as const;

export const kbChangesQuerySchema = z
  .object({
    since: z.coerce.number().pipe(syncCursorSchema).default(0),
    limit: z.coerce.number().pipe(z.number().int().min(1).max(kbChangesLimits.maxDocuments)).default(kbChangesLimits.defaultDocuments),
  })
  .strict();

/**
 * One knowledge-base document as published: the Markdown file with its YAML
 * front matter, exactly as an editor wrote it, so the seat imports it
 * through the same code as a local folder. Retired documents stay, marked
 * `status: abolished` or `expired` in their front matter, never deleted.
 */
export const kbPublishedDocumentSchema = z.object({
  id: z.string(),
  /** Grows by one each time the center publishes new content for the id. */
  version: z.number().int().positive(),
  markdown: z.string(),
});
export type KbPublishedDocument = z.infer<typeof kbPublishedDocumentSchema>;

/** `GET /v1/kb/changes?since=cursor`: documents published after the cursor, in publication order. */
export const kbChangesResponseSchema = z.object({
  documents: z.array(kbPublishedDocumentSchema),
  cursor: syncCursorSchema,
  hasMore: z.boolean(),
});
export type KbChangesResponse = z.infer<typeof kbChangesResponseSchema>;
