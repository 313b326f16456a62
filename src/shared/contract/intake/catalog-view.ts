import { z } from 'zod';
import { catalogSchema } from '../../catalog/catalog-schema';

/**
 * Toneless full pinyin and initials, lower case, one term per text of the
 * entry (name, short name, keywords) separated by single spaces:
 * { pinyin: "gongre nuanqi", initials: "gr nq" }. Match within a term.
 */
const searchKeys = { pinyin: z.string(), initials: z.string() };

/**
 * The catalog in force as the renderer needs it for the pickers: the
 * catalog itself plus pinyin search keys made once in the core, and where
 * it came from with any entries that were rejected.
 */
export const catalogViewSchema = z.object({
  catalog: catalogSchema,
  searchKeys: z.object({
    categories: z.record(z.string(), z.object(searchKeys)),
    places: z.record(z.string(), z.object(searchKeys)),
    units: z.record(z.string(), z.object(searchKeys)),
  }),
  source: z.enum(['database', 'file', 'center']),
  problems: z.array(z.object({ path: z.string(), id: z.string().nullable(), reason: z.string() })),
});
export type CatalogView = z.infer<typeof catalogViewSchema>;

export const categoryUsageSchema = z.object({
  /** This seat's most recently used leaf categories, newest first. */
  recent: z.array(z.string()),
  /** This seat's most used leaf categories over the last 30 days. */
  frequent: z.array(z.string()),
});
