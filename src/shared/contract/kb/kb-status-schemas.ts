import { z } from 'zod';
import { epochMs } from './kb-value-schemas';

/** The last import this seat ran: the shipped demo documents on first start, or a folder from Settings. */
export const kbLastImportSchema = z.object({
  at: epochMs,
  source: z.enum(['shipped', 'folder']),
  folder: z.string(),
  total: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  tookMs: z.number().nonnegative(),
});
export type KbLastImport = z.infer<typeof kbLastImportSchema>;

export const kbStatusOutputSchema = z.object({
  documentCount: z.number().int().nonnegative(),
  lastImport: kbLastImportSchema.nullable(),
  importRunning: z.boolean(),
  /** For the KB editors: unreadable lines of synonyms.txt / dictionary.txt, a failed first-start import. */
  problems: z.array(z.string()),
});

export const kbZeroResultsInputSchema = z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict();

/** A query that found nothing, counted for the KB editors: a missing document, synonym or word. */
export const kbZeroResultQuerySchema = z.object({
  query: z.string(),
  count: z.number().int().positive(),
  firstAt: epochMs,
  lastAt: epochMs,
});

/** The documents changed (an import added or updated some); searches and previews refetch. */
export const kbChangedSchema = z.object({ documentCount: z.number().int().nonnegative() });
