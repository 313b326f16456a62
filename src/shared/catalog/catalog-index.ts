import type { Catalog } from './catalog-schema';
import type { Category } from './category-schema';
import type { Place } from './place-schema';
import type { Unit } from './unit-schema';

/**
 * Lookups over a catalog: by id, by code, children of a node, and "is this
 * inside that subtree", which routing and ownership both need. Built once
 * per catalog; with duplicate ids the first entry wins (duplicates are
 * reported by the reference checks, never silently used).
 */
export interface CatalogIndex {
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly childCategoryIds: ReadonlyMap<string, readonly string[]>;
  readonly placeByCode: ReadonlyMap<string, Place>;
  readonly childPlaceCodes: ReadonlyMap<string, readonly string[]>;
  readonly unitById: ReadonlyMap<string, Unit>;
}

/** Deeper than any sane tree; stops a walk over a corrupt parent chain that loops. */
const MAX_DEPTH = 8;

function firstById<T>(entries: readonly T[], keyOf: (entry: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(keyOf(entry))) map.set(keyOf(entry), entry);
  return map;
}

function childrenByParent<T>(entries: readonly T[], keyOf: (entry: T) => string, parentOf: (entry: T) => string | null) {
  const map = new Map<string, string[]>();
  for (const entry of entries) {
    const parent = parentOf(entry);
    if (parent === null) continue;
    const list = map.get(parent) ?? [];
    list.push(keyOf(entry));
    map.set(parent, list);
  }
  return map;
}

export function indexCatalog(catalog: Pick<Catalog, 'categories' | 'places' | 'units'>): CatalogIndex {
  return {
    categoryById: firstById(catalog.categories, (category) => category.id),
    childCategoryIds: childrenByParent(catalog.categories, (category) => category.id, (category) => category.parentId),
    placeByCode: firstById(catalog.places, (place) => place.code),
    childPlaceCodes: childrenByParent(catalog.places, (place) => place.code, (place) => place.parentCode),
    unitById: firstById(catalog.units, (unit) => unit.id),
  };
}

/** The category and its ancestors, nearest first; stops at a missing parent. */
export function categoryLineage(index: CatalogIndex, id: string): string[] {
  const lineage: string[] = [];
  let current = index.categoryById.get(id);
  while (current && lineage.length < MAX_DEPTH) {
    lineage.push(current.id);
    current = current.parentId === null ? undefined : index.categoryById.get(current.parentId);
  }
  return lineage;
}

/** The place and its ancestors, nearest first; stops at a missing parent. */
export function placeLineage(index: CatalogIndex, code: string): string[] {
  const lineage: string[] = [];
  let current = index.placeByCode.get(code);
  while (current && lineage.length < MAX_DEPTH) {
    lineage.push(current.code);
    current = current.parentCode === null ? undefined : index.placeByCode.get(current.parentCode);
  }
  return lineage;
}

export function isCategoryWithin(index: CatalogIndex, id: string, rootId: string): boolean {
  return categoryLineage(index, id).includes(rootId);
}

export function isPlaceWithin(index: CatalogIndex, code: string, rootCode: string): boolean {
  return placeLineage(index, code).includes(rootCode);
}

export function isLeafCategory(index: CatalogIndex, id: string): boolean {
  return index.categoryById.has(id) && !index.childCategoryIds.has(id);
}
