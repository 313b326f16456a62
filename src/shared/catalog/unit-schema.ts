import { z } from 'zod';
import { catalogIdSchema, catalogNameSchema, keywordsSchema } from './catalog-primitives';
import { districtCodeSchema, placeCodeSchema } from './place-schema';

/**
 * The kinds of 承办单位 a ticket can be dispatched to. `zone_committee` is the
 * administrative committee of a development zone (北京经济技术开发区管理委员会),
 * which the statistics bureau lists beside the streets and townships.
 */
export const unitKindSchema = z.enum([
  'district_government',
  'street_office',
  'township_government',
  'zone_committee',
  'bureau',
  'utility',
]);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitSchema = z.object({
  id: catalogIdSchema,
  /** The full official name, as shown on a dispatched work order. */
  name: catalogNameSchema,
  /** The name people say (市住房城乡建设委 for 北京市住房和城乡建设委员会); may equal name. */
  shortName: catalogNameSchema,
  kind: unitKindSchema,
  /** The district the unit belongs to; null for municipal bureaus and city-wide utilities. */
  districtCode: districtCodeSchema.nullable(),
  /** Roots of the category subtrees the unit is responsible for. */
  categoryIds: z.array(catalogIdSchema),
  /** Roots of the place subtrees the unit governs (empty: city-wide, or no territory of its own). */
  placeCodes: z.array(placeCodeSchema),
  keywords: keywordsSchema,
});
export type Unit = z.infer<typeof unitSchema>;
