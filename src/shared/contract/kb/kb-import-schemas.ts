import { z } from 'zod';

export const kbImportInputSchema = z
  .object({
    /** A folder on the seat's disk; every .md, .txt, .html and .docx under it is imported. */
    folder: z.string().trim().min(1).max(4096),
  })
  .strict();

/** One file that was skipped, and why, so the KB editor can fix it. */
export const kbImportProblemSchema = z.object({ path: z.string(), reason: z.string() });

export const kbImportReportSchema = z.object({
  total: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  failed: z.array(kbImportProblemSchema),
  /** Imported, but worth a look (e.g. metadata inferred rather than written). */
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
  tookMs: z.number().nonnegative(),
});
export type KbImportReport = z.infer<typeof kbImportReportSchema>;

/** Emitted after each file of a running import. */
export const kbImportProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  path: z.string(),
});
export type KbImportProgress = z.infer<typeof kbImportProgressSchema>;
