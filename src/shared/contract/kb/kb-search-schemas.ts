import { z } from 'zod';
import { kbDocumentMetadataSchema, kbStatusSchema, textRangeSchema } from './kb-value-schemas';

/**
 * The longest query accepted: a pasted paragraph is searched, a pasted book
 * is refused at the door. Anything shorter is searched as text whatever it
 * holds (FTS5 syntax, emoji, control characters): the engine never passes
 * user text to SQLite as syntax.
 */
export const kbQueryMaxChars = 10_000;

export const kbSearchInputSchema = z
  .object({
    query: z.string().max(kbQueryMaxChars),
    limit: z.number().int().min(1).max(100).optional(),
    offset: z.number().int().min(0).max(10_000).optional(),
    /** The operator is still typing: the last word is a prefix and a miss is not logged as a zero-result query. */
    asYouType: z.boolean().optional(),
    status: z.array(kbStatusSchema).max(3).optional(),
    /** This district's documents and city-wide (全市) ones. */
    district: z.string().max(50).optional(),
    /** A category or a top-level category. */
    category: z.string().max(200).optional(),
    authority: z.string().max(200).optional(),
  })
  .strict();
export type KbSearchInput = z.input<typeof kbSearchInputSchema>;

export const kbSnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(textRangeSchema),
  cutStart: z.boolean(),
  cutEnd: z.boolean(),
});

export const kbSearchResultSchema = kbDocumentMetadataSchema.extend({
  score: z.number(),
  titleHighlights: z.array(textRangeSchema),
  snippet: kbSnippetSchema.nullable(),
});
export type KbSearchResult = z.infer<typeof kbSearchResultSchema>;

const facetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() }));

export const kbSearchResponseSchema = z.object({
  /** The query as normalized (simplified, half-width, lower case). */
  query: z.string(),
  interpretedAs: z.object({
    kind: z.enum(['empty', 'text', 'pinyin']),
    words: z.array(z.string()),
    district: z.string().nullable(),
  }),
  results: z.array(kbSearchResultSchema),
  /** Matches after filters; results is one page of them. */
  total: z.number().int().nonnegative(),
  /** Each dimension counted over the matches the other dimensions' filters let through. */
  facets: z.object({
    status: facetCountsSchema,
    district: facetCountsSchema,
    category: facetCountsSchema,
    authority: facetCountsSchema,
  }),
  /** A same-sound correction; `applied` means the results are already those of the correction. */
  didYouMean: z.object({ text: z.string(), applied: z.boolean() }).nullable(),
  tookMs: z.number().nonnegative(),
});
export type KbSearchResponse = z.infer<typeof kbSearchResponseSchema>;
