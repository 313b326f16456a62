import { z } from 'zod';
import { catalogNameSchema, keywordsSchema } from './catalog-primitives';

/**
 * Places are the administrative tree district → street/township → community.
 * Codes are the statistical division codes (GB/T 2260 for districts, the
 * national statistics bureau's 9- and 12-digit codes below), so places can be
 * joined with any official dataset and analysed by code prefix (每月一题).
 */
export const districtCodeSchema = z.string().regex(/^\d{6}$/, 'must be a 6-digit district code');
export const streetCodeSchema = z.string().regex(/^\d{9}$/, 'must be a 9-digit street/township code');
export const communityCodeSchema = z.string().regex(/^\d{12}$/, 'must be a 12-digit community/village code');
export const placeCodeSchema = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, 'must be a 6-, 9- or 12-digit place code');

/**
 * What kind of street-level division it is; it decides the name of the unit
 * that governs it (街道办事处, 地区办事处, 镇/乡人民政府, 开发区管委会).
 */
export const streetKindSchema = z.enum(['subdistrict', 'area', 'town', 'township', 'zone']);
export type StreetKind = z.infer<typeof streetKindSchema>;

/** 社区 (residents' committee) or 村 (villagers' committee). */
export const communityKindSchema = z.enum(['residential', 'village']);
export type CommunityKind = z.infer<typeof communityKindSchema>;

export const districtPlaceSchema = z.object({
  level: z.literal('district'),
  code: districtCodeSchema,
  parentCode: z.null(),
  name: catalogNameSchema,
  keywords: keywordsSchema,
});

export const streetPlaceSchema = z.object({
  level: z.literal('street'),
  code: streetCodeSchema,
  parentCode: districtCodeSchema,
  name: catalogNameSchema,
  kind: streetKindSchema,
  keywords: keywordsSchema,
});

export const communityPlaceSchema = z.object({
  level: z.literal('community'),
  code: communityCodeSchema,
  parentCode: streetCodeSchema,
  name: catalogNameSchema,
  kind: communityKindSchema,
  keywords: keywordsSchema,
  /**
   * True when the entry is only there for the demo: the shipped catalog
   * carries a small sample of communities per street, not the full list the
   * center will serve, and intake must not treat the sample as complete.
   */
  demo: z.boolean(),
});

export const placeSchema = z.discriminatedUnion('level', [districtPlaceSchema, streetPlaceSchema, communityPlaceSchema]);
export type Place = z.infer<typeof placeSchema>;
export type PlaceLevel = Place['level'];
