import { z } from 'zod';
import { catalogIdSchema } from './catalog-primitives';
import { placeCodeSchema } from './place-schema';
import { unknownPlaceholders } from './reason-template';

const reasonTemplateSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .superRefine((template, context) => {
    for (const name of unknownPlaceholders(template)) {
      context.addIssue({ code: 'custom', message: `uses the unknown placeholder {${name}} (known: {category}, {place}, {unit})` });
    }
  });

/**
 * How a category rule's unit takes part:
 * - `lead`: the unit handles the subtree itself, wherever the place is
 *   (公积金提取 → 住房公积金管理中心; 燃气泄漏 → 北京燃气集团).
 * - `authority`: the unit is the competent department (主管部门) but the
 *   place's own office leads (属地管理, 一单到底); the unit is shown in the
 *   reason and offered as a co-unit (吹哨).
 */
export const categoryRuleRoleSchema = z.enum(['lead', 'authority']);
export type CategoryRuleRole = z.infer<typeof categoryRuleRoleSchema>;

/** A category subtree → a bureau or utility. The deepest matching category rule applies. */
export const categoryRoutingRuleSchema = z.object({
  id: catalogIdSchema,
  kind: z.literal('category'),
  categoryId: catalogIdSchema,
  unitId: catalogIdSchema,
  role: categoryRuleRoleSchema,
  reason: reasonTemplateSchema,
});

/** A place subtree → the office that governs it (属地). The deepest matching place rule applies. */
export const placeRoutingRuleSchema = z.object({
  id: catalogIdSchema,
  kind: z.literal('place'),
  placeCode: placeCodeSchema,
  unitId: catalogIdSchema,
  reason: reasonTemplateSchema,
});

/** A category subtree within a place subtree → a unit; beats both rules above. */
export const overrideRoutingRuleSchema = z.object({
  id: catalogIdSchema,
  kind: z.literal('category_place'),
  categoryId: catalogIdSchema,
  placeCode: placeCodeSchema,
  unitId: catalogIdSchema,
  reason: reasonTemplateSchema,
});

/**
 * Resolution, for a leaf category and a place (the routing code implements
 * it; the data is shaped for it): the deepest matching category × place
 * override leads; otherwise the deepest category rule leads when its role is
 * `lead`; otherwise the deepest place rule leads and an `authority` category
 * rule is offered as co-unit. With no match at all, the district government
 * leads (DOMAIN.md: unclear ownership → the district government).
 */
export const routingRuleSchema = z.discriminatedUnion('kind', [
  categoryRoutingRuleSchema,
  placeRoutingRuleSchema,
  overrideRoutingRuleSchema,
]);
export type RoutingRule = z.infer<typeof routingRuleSchema>;
export type CategoryRoutingRule = z.infer<typeof categoryRoutingRuleSchema>;
export type PlaceRoutingRule = z.infer<typeof placeRoutingRuleSchema>;
export type OverrideRoutingRule = z.infer<typeof overrideRoutingRuleSchema>;
