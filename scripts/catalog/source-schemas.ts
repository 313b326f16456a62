import { z } from 'zod';
import { catalogIdSchema, catalogNameSchema, keywordsSchema } from '../../src/shared/catalog/catalog-primitives';
import { catalogVersionSchema } from '../../src/shared/catalog/catalog-schema';
import { categoryRuleRoleSchema } from '../../src/shared/catalog/routing-rule-schema';
import { slaClassSchema } from '../../src/shared/catalog/sla-table-schema';
import { urgencySchema } from '../../src/shared/catalog/urgency';

/**
 * The shapes of the hand-written files in resources/catalog/source. They are
 * checked strictly (a typo in a key is an error, not a silently dropped
 * field) because people edit them, unlike the generated catalog.
 */

/** A slug unique among its siblings; the full category id joins slugs with dots. */
const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a lower-case slug');

export const manifestSourceSchema = z.strictObject({
  version: catalogVersionSchema,
  publishedAt: z.union([z.string(), z.date()]),
  communitiesPerStreet: z.number().int().min(1).max(20),
});
export type ManifestSource = z.infer<typeof manifestSourceSchema>;

export interface CategorySource {
  id: string;
  name: string;
  urgency?: z.infer<typeof urgencySchema>;
  sla?: z.infer<typeof slaClassSchema>;
  keywords?: string[];
  children?: CategorySource[];
}

export const categorySourceSchema: z.ZodType<CategorySource> = z.lazy(() =>
  z.strictObject({
    id: slugSchema,
    name: catalogNameSchema,
    urgency: urgencySchema.optional(),
    sla: slaClassSchema.optional(),
    keywords: keywordsSchema.optional(),
    children: z.array(categorySourceSchema).optional(),
  }),
);
export const categoriesSourceSchema = z.array(categorySourceSchema);

/** "1h", "24h", "7d", "30m"; null where a class sets no deadline. */
const durationTextSchema = z.string().regex(/^\d+(m|h|d)$/, 'must look like 30m, 2h or 7d');

export const slaTableSourceSchema = z.array(
  z.strictObject({
    slaClass: slaClassSchema,
    name: catalogNameSchema,
    urgency: urgencySchema.nullable(),
    dispatchWithin: durationTextSchema.nullable(),
    feedbackWithin: durationTextSchema,
  }),
);
export type SlaTableSource = z.infer<typeof slaTableSourceSchema>;

const municipalUnitSourceSchema = z.strictObject({
  id: catalogIdSchema,
  name: catalogNameSchema,
  shortName: catalogNameSchema,
  keywords: keywordsSchema,
  categories: z.array(catalogIdSchema).min(1),
});
export type MunicipalUnitSource = z.infer<typeof municipalUnitSourceSchema>;

export const municipalUnitsSourceSchema = z.strictObject({
  bureaus: z.array(municipalUnitSourceSchema),
  utilities: z.array(municipalUnitSourceSchema),
});
export type MunicipalUnitsSource = z.infer<typeof municipalUnitsSourceSchema>;

export const routingSourceSchema = z.strictObject({
  templates: z.strictObject({
    categoryLead: z.string(),
    categoryAuthority: z.string(),
    street: z.string(),
    district: z.string(),
  }),
  categoryRules: z.array(
    z.strictObject({ category: catalogIdSchema, unit: catalogIdSchema, role: categoryRuleRoleSchema }),
  ),
  overrides: z.array(
    z.strictObject({
      id: catalogIdSchema,
      category: catalogIdSchema,
      place: z.string(),
      unit: catalogIdSchema,
      reason: z.string(),
    }),
  ),
});
export type RoutingSource = z.infer<typeof routingSourceSchema>;

/** Official code → what callers say instead of the official name. */
export const placeAliasesSourceSchema = z.record(z.string().regex(/^\d{6}(\d{3})?$/), keywordsSchema);
export type PlaceAliasesSource = z.infer<typeof placeAliasesSourceSchema>;
