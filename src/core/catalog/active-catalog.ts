import { indexCatalog, type CatalogIndex } from '../../shared/catalog/catalog-index';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import { indexRoutingRules, type RoutingIndex } from '../../shared/routing/routing-index';
import { buildCatalogSearchKeys, type CatalogSearchKeys } from './catalog-search-keys';
import type { CatalogSource } from './catalog-source';

/**
 * The catalog in force with everything derived from it, each made once per
 * version: lookups and routing eagerly (a millisecond), the pinyin keys on
 * first use (tens of milliseconds, only the pickers need them).
 */
export interface ActiveCatalog {
  readonly catalog: Catalog;
  readonly source: CatalogSource;
  readonly index: CatalogIndex;
  readonly routing: RoutingIndex;
  searchKeys(): CatalogSearchKeys;
}

export function activateCatalog(catalog: Catalog, source: CatalogSource): ActiveCatalog {
  const index = indexCatalog(catalog);
  let searchKeys: CatalogSearchKeys | undefined;
  return {
    catalog,
    source,
    index,
    routing: indexRoutingRules(catalog, index),
    searchKeys: () => (searchKeys ??= buildCatalogSearchKeys(catalog)),
  };
}
