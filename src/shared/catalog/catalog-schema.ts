import { z } from 'zod';
import { categorySchema } from './category-schema';
import { epochMsSchema } from './catalog-primitives';
import { placeSchema } from './place-schema';
import { routingRuleSchema } from './routing-rule-schema';
import { slaTableSchema } from './sla-table-schema';
import { unitSchema } from './unit-schema';

/**
 * The layout of the catalog document. A seat refuses a format it does not
 * know instead of guessing; additive fields within a format are ignored
 * (objects are not strict), so the center can add a field without making
 * older seats reject the whole catalog.
 */
export const CATALOG_FORMAT = 1;

/** "2026.11-demo.1": the center's release name, shown to operators and kept on tickets. */
export const catalogVersionSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, 'must be 1–64 letters, digits, ".", "+" or "-"');

/**
 * The versioned catalog the center serves (派单目录 + places + units +
 * routing rules + SLA table), in exactly the form shipped as the demo
 * catalog in resources/catalog/catalog.json. Every section is a flat array
 * of entries with an id (or code), so a broken entry can be named exactly.
 */
export const catalogSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  version: catalogVersionSchema,
  publishedAt: epochMsSchema,
  categories: z.array(categorySchema).min(1, 'must not be empty'),
  places: z.array(placeSchema).min(1, 'must not be empty'),
  units: z.array(unitSchema).min(1, 'must not be empty'),
  routingRules: z.array(routingRuleSchema),
  slaTable: slaTableSchema,
});
export type Catalog = z.infer<typeof catalogSchema>;

/** The sections made of entries, in document order; problems are reported against them. */
export const catalogSections = ['categories', 'places', 'units', 'routingRules', 'slaTable'] as const;
export type CatalogSection = (typeof catalogSections)[number];
