import type { Catalog } from '../../shared/catalog/catalog-schema';
import type { CatalogView } from '../../shared/contract/intake/catalog-view';
import { pinyinSearchKey } from './pinyin-search-key';

export type CatalogSearchKeys = CatalogView['searchKeys'];

/**
 * Pinyin keys for every picker entry, made in the core once per catalog
 * version (tens of milliseconds for the demo catalog) so the renderer's
 * pickers only compare strings while the operator types.
 */
export function buildCatalogSearchKeys(catalog: Catalog): CatalogSearchKeys {
  const categories: CatalogSearchKeys['categories'] = {};
  for (const category of catalog.categories) categories[category.id] = pinyinSearchKey([category.name, ...category.keywords]);
  const places: CatalogSearchKeys['places'] = {};
  for (const place of catalog.places) places[place.code] = pinyinSearchKey([place.name, ...place.keywords]);
  const units: CatalogSearchKeys['units'] = {};
  for (const unit of catalog.units) units[unit.id] = pinyinSearchKey([unit.name, unit.shortName, ...unit.keywords]);
  return { categories, places, units };
}
