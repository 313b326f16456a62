import { isCategoryWithin, isPlaceWithin, type CatalogIndex } from './catalog-index';
import { entryProblem, type CatalogProblem } from './catalog-problem';
import type { Catalog } from './catalog-schema';
import type { RoutingRule } from './routing-rule-schema';
import type { Unit } from './unit-schema';

/** Rules that match exactly the same requests; routing could not choose between them. */
function matchKey(rule: RoutingRule): string {
  switch (rule.kind) {
    case 'category':
      return `category\u0000${rule.categoryId}`;
    case 'place':
      return `place\u0000${rule.placeCode}`;
    case 'category_place':
      return `category_place\u0000${rule.categoryId}\u0000${rule.placeCode}`;
  }
}

function ownsCategory(index: CatalogIndex, unit: Unit, categoryId: string): boolean {
  return unit.categoryIds.some((root) => isCategoryWithin(index, categoryId, root));
}

function ownsPlace(index: CatalogIndex, unit: Unit, placeCode: string): boolean {
  return unit.placeCodes.some((root) => isPlaceWithin(index, placeCode, root));
}

/**
 * Every rule must name things that exist, send work only to a unit that is
 * responsible for it (its categories or its territory), and no two rules may
 * match the same requests, so a suggestion is never a coin toss.
 */
export function findRoutingRuleProblems(catalog: Catalog, index: CatalogIndex): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seenIds = new Set<string>();
  const firstWithKey = new Map<string, { at: number; id: string }>();

  catalog.routingRules.forEach((rule, at) => {
    const report = (field: string | null, reason: string) =>
      problems.push(entryProblem('routingRules', at, rule.id, field, reason));

    if (seenIds.has(rule.id)) report('id', 'duplicates the id of an earlier routing rule');
    seenIds.add(rule.id);

    const key = matchKey(rule);
    const earlier = firstWithKey.get(key);
    if (earlier) report(null, `matches the same requests as routingRules[${earlier.at}] (${earlier.id})`);
    else firstWithKey.set(key, { at, id: rule.id });

    const categoryId = rule.kind === 'place' ? null : rule.categoryId;
    const placeCode = rule.kind === 'category' ? null : rule.placeCode;
    const categoryKnown = categoryId !== null && index.categoryById.has(categoryId);
    const placeKnown = placeCode !== null && index.placeByCode.has(placeCode);
    if (categoryId !== null && !categoryKnown) report('categoryId', `refers to the unknown category "${categoryId}"`);
    if (placeCode !== null && !placeKnown) report('placeCode', `refers to the unknown place "${placeCode}"`);

    const unit = index.unitById.get(rule.unitId);
    if (!unit) {
      report('unitId', `refers to the unknown unit "${rule.unitId}"`);
      return;
    }
    const ownsTheCategory = categoryKnown && ownsCategory(index, unit, categoryId);
    const ownsThePlace = placeKnown && ownsPlace(index, unit, placeCode);
    if (rule.kind === 'category' && categoryKnown && !ownsTheCategory) {
      report('unitId', `"${unit.id}" is not responsible for category "${categoryId}"`);
    }
    if (rule.kind === 'place' && placeKnown && !ownsThePlace) {
      report('unitId', `"${unit.id}" does not govern place "${placeCode}"`);
    }
    if (rule.kind === 'category_place' && categoryKnown && placeKnown && !ownsTheCategory && !ownsThePlace) {
      report('unitId', `"${unit.id}" is responsible neither for category "${categoryId}" nor for place "${placeCode}"`);
    }
  });
  return problems;
}
