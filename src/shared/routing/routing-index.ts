import { indexCatalog, type CatalogIndex } from '../catalog/catalog-index';
import type { Catalog } from '../catalog/catalog-schema';
import type { CategoryRoutingRule, OverrideRoutingRule, PlaceRoutingRule } from '../catalog/routing-rule-schema';

/**
 * The routing rules of one catalog, keyed by what they match, so routing a
 * ticket is a few map lookups along the category and place lineages instead
 * of a scan of every rule. Built once per catalog version; with duplicate
 * keys the first rule wins (the catalog checks reject duplicates anyway).
 */
export interface RoutingIndex {
  readonly catalog: CatalogIndex;
  readonly categoryRules: ReadonlyMap<string, CategoryRoutingRule>;
  readonly placeRules: ReadonlyMap<string, PlaceRoutingRule>;
  /** Keyed by overrideKey(categoryId, placeCode). */
  readonly overrides: ReadonlyMap<string, OverrideRoutingRule>;
  /** District code → the id of its government, the lead when ownership is unclear. */
  readonly districtGovernments: ReadonlyMap<string, string>;
}

export function overrideKey(categoryId: string, placeCode: string): string {
  return `${categoryId}\u0000${placeCode}`;
}

function setFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

export function indexRoutingRules(catalog: Catalog, catalogIndex: CatalogIndex = indexCatalog(catalog)): RoutingIndex {
  const categoryRules = new Map<string, CategoryRoutingRule>();
  const placeRules = new Map<string, PlaceRoutingRule>();
  const overrides = new Map<string, OverrideRoutingRule>();
  for (const rule of catalog.routingRules) {
    if (rule.kind === 'category') setFirst(categoryRules, rule.categoryId, rule);
    else if (rule.kind === 'place') setFirst(placeRules, rule.placeCode, rule);
    else setFirst(overrides, overrideKey(rule.categoryId, rule.placeCode), rule);
  }
  const districtGovernments = new Map<string, string>();
  for (const unit of catalog.units) {
    if (unit.kind === 'district_government' && unit.districtCode !== null) {
      setFirst(districtGovernments, unit.districtCode, unit.id);
    }
  }
  return { catalog: catalogIndex, categoryRules, placeRules, overrides, districtGovernments };
}
