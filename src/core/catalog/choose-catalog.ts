import type { CatalogProblem } from '../../shared/catalog/catalog-problem';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import { validateCatalog } from '../../shared/catalog/validate-catalog';

/**
 * What the seat ends up with after being offered a catalog:
 * - `applied`: the candidate is valid and is now the catalog in use;
 * - `kept_last_good`: the candidate was rejected, the last good one stays;
 * - `no_catalog`: the candidate was rejected and there is nothing to fall
 *   back on (first start with a broken file); intake cannot classify.
 * Rejections carry every problem found, for the notice and the log.
 */
export type CatalogChoice =
  | { status: 'applied'; catalog: Catalog; problems: [] }
  | { status: 'kept_last_good'; catalog: Catalog; problems: CatalogProblem[] }
  | { status: 'no_catalog'; catalog: null; problems: CatalogProblem[] };

export function rejectCandidate(lastGood: Catalog | null, problems: CatalogProblem[]): CatalogChoice {
  return lastGood === null
    ? { status: 'no_catalog', catalog: null, problems }
    : { status: 'kept_last_good', catalog: lastGood, problems };
}

/**
 * Pure decision over already parsed data: the candidate replaces the last
 * good catalog only if it validates completely; a catalog is never applied
 * in part (a half catalog routes tickets to units that may not exist).
 */
export function chooseCatalog(candidate: unknown, lastGood: Catalog | null): CatalogChoice {
  const validation = validateCatalog(candidate);
  if (validation.ok) return { status: 'applied', catalog: validation.catalog, problems: [] };
  return rejectCandidate(lastGood, validation.problems);
}
