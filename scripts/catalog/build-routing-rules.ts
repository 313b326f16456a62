import type { Place } from '../../src/shared/catalog/place-schema';
import type { RoutingRule } from '../../src/shared/catalog/routing-rule-schema';
import type { RoutingSource } from './source-schemas';
import { districtGovernmentId, streetUnitId } from './territorial-unit-ids';

/**
 * Category rules and overrides come from routing.yaml; place rules are one
 * per district and per street, sending work to the government or office of
 * that territory. Rule ids say what they match, so a rejected rule is easy
 * to find in the source.
 */
export function buildRoutingRules(source: RoutingSource, places: readonly Place[]): RoutingRule[] {
  const rules: RoutingRule[] = [];
  for (const rule of source.categoryRules) {
    rules.push({
      id: `category.${rule.category}`,
      kind: 'category',
      categoryId: rule.category,
      unitId: rule.unit,
      role: rule.role,
      reason: rule.role === 'lead' ? source.templates.categoryLead : source.templates.categoryAuthority,
    });
  }
  for (const place of places) {
    if (place.level === 'district') {
      rules.push({
        id: `place.${place.code}`,
        kind: 'place',
        placeCode: place.code,
        unitId: districtGovernmentId(place.code),
        reason: source.templates.district,
      });
    } else if (place.level === 'street') {
      rules.push({
        id: `place.${place.code}`,
        kind: 'place',
        placeCode: place.code,
        unitId: streetUnitId(place.code),
        reason: source.templates.street,
      });
    }
  }
  for (const override of source.overrides) {
    rules.push({
      id: override.id,
      kind: 'category_place',
      categoryId: override.category,
      placeCode: override.place,
      unitId: override.unit,
      reason: override.reason,
    });
  }
  return rules;
}
