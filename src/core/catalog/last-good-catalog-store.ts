import type { Catalog } from '../../shared/catalog/catalog-schema';
import type { CatalogChoice } from './choose-catalog';
import { loadCatalog } from './load-catalog';

/**
 * Where the last good catalog lives between starts. The seat database will
 * implement it (the catalog table of the local store); tests use memory.
 */
export interface LastGoodCatalogStore {
  readLastGood(): Catalog | null;
  saveLastGood(catalog: Catalog): void;
}

/**
 * Offers a catalog file to the store: a valid file becomes the new last
 * good catalog, a broken one leaves the store untouched.
 */
export async function refreshCatalogFromFile(file: string, store: LastGoodCatalogStore): Promise<CatalogChoice> {
  const choice = await loadCatalog(file, store.readLastGood());
  if (choice.status === 'applied') store.saveLastGood(choice.catalog);
  return choice;
}

/** A store that forgets on restart; for tests and for a seat without a database yet. */
export function createMemoryLastGoodCatalogStore(initial: Catalog | null = null): LastGoodCatalogStore {
  let lastGood = initial;
  return {
    readLastGood: () => lastGood,
    saveLastGood: (catalog) => {
      lastGood = catalog;
    },
  };
}
