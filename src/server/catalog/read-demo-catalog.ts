import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeCatalogProblems } from '../../shared/catalog/catalog-problem';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import { validateCatalog } from '../../shared/catalog/validate-catalog';

/** The demo catalog shipped in resources/catalog, checked with the same all-or-nothing rules as a published one. */
export function readDemoCatalog(resourcesDir: string): Catalog {
  const path = join(resourcesDir, 'catalog', 'catalog.json');
  const validation = validateCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!validation.ok) {
    throw new Error(`The demo catalog ${path} is not valid:\n${summarizeCatalogProblems(validation.problems)}`);
  }
  return validation.catalog;
}
