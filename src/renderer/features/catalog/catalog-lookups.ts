import { indexCatalog, type CatalogIndex } from '../../../shared/catalog/catalog-index';
import type { CatalogView } from '../../../shared/contract/intake/catalog-view';
import { useCatalogView } from '../../api/use-catalog-view';
import { makePickerEntry, type PickerEntry } from './picker-entry';

/** Everything the pickers and labels need from one catalog, built once per catalog the core sends. */
export interface CatalogLookups {
  view: CatalogView;
  index: CatalogIndex;
  categories: readonly PickerEntry[];
  places: readonly PickerEntry[];
  units: readonly PickerEntry[];
  categoryEntry: ReadonlyMap<string, PickerEntry>;
  placeEntry: ReadonlyMap<string, PickerEntry>;
  unitEntry: ReadonlyMap<string, PickerEntry>;
}

function pathOf(id: string, nameOf: (id: string) => string | undefined, parentOf: (id: string) => string | null): string[] {
  const names: string[] = [];
  let current: string | null = id;
  // A catalog is three levels deep; the bound only stops a corrupt parent chain that loops.
  while (current !== null && names.length < 8) {
    const name = nameOf(current);
    if (name === undefined) break;
    names.unshift(name);
    current = parentOf(current);
  }
  return names;
}

function byId(entries: readonly PickerEntry[]): Map<string, PickerEntry> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function buildLookups(view: CatalogView): CatalogLookups {
  const { catalog, searchKeys } = view;
  const index = indexCatalog(catalog);
  const categories = catalog.categories.map((category, order) =>
    makePickerEntry({
      id: category.id,
      name: category.name,
      keywords: category.keywords,
      path: pathOf(
        category.id,
        (id) => index.categoryById.get(id)?.name,
        (id) => index.categoryById.get(id)?.parentId ?? null,
      ),
      parentId: category.parentId,
      leaf: !index.childCategoryIds.has(category.id),
      order,
      searchKeys: searchKeys.categories[category.id],
    }),
  );
  const places = catalog.places.map((place, order) =>
    makePickerEntry({
      id: place.code,
      name: place.name,
      keywords: place.keywords,
      path: pathOf(
        place.code,
        (code) => index.placeByCode.get(code)?.name,
        (code) => index.placeByCode.get(code)?.parentCode ?? null,
      ),
      parentId: place.parentCode,
      leaf: place.level === 'community',
      order,
      searchKeys: searchKeys.places[place.code],
    }),
  );
  const units = catalog.units.map((unit, order) =>
    makePickerEntry({
      id: unit.id,
      name: unit.shortName,
      keywords: [unit.name, ...unit.keywords],
      path: [unit.shortName],
      parentId: null,
      leaf: true,
      order,
      searchKeys: searchKeys.units[unit.id],
    }),
  );
  return {
    view,
    index,
    categories,
    places,
    units,
    categoryEntry: byId(categories),
    placeEntry: byId(places),
    unitEntry: byId(units),
  };
}

// Keyed by the cached answer object, so every component shares one build per catalog version.
const built = new WeakMap<CatalogView, CatalogLookups>();

export function catalogLookups(view: CatalogView): CatalogLookups {
  let lookups = built.get(view);
  if (!lookups) {
    lookups = buildLookups(view);
    built.set(view, lookups);
  }
  return lookups;
}

/** Undefined while the catalog loads or when the core cannot give one. */
export function useCatalogLookups(): CatalogLookups | undefined {
  const { data } = useCatalogView();
  return data ? catalogLookups(data) : undefined;
}
