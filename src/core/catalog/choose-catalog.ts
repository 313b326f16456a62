import type { CatalogProblem } from '../../shared/catalog/catalog-problem';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import { validateCatalog } from '../../shared/catalog/validate-catalog';

/**
 * What the seat ends up with after being offered a catalog:
 * - `applied`: the candidate is valid and is now the catalog in use;
 * - `not_newer`: the candidate is valid but was published no later than the
 *   catalog in use, which stays (the shipped demo file is offered at every
 *   start and must not undo a newer catalog from the center);
 * - `kept_last_good`: the candidate was rejected, the last good one stays;
 * - `no_catalog`: the candidate was rejected and there is nothing to fall
 *   back on (first start with a broken file); intake cannot classify.
 * Rejections carry every problem found, for the notice and the log.
 */
export type CatalogChoice =
  | { status: 'applied'; catalog: Catalog; problems: [] }
  | { status: 'not_newer'; catalog: Catalog; problems: []; candidateVersion: string }
  | { status: 'kept_last_good'; catalog: Catalog; problems: CatalogProblem[] }
  | { status: 'no_catalog'; catalog: null; problems: CatalogProblem[] };

export function rejectCandidate(lastGood: Catalog | null, problems: CatalogProblem[]): CatalogChoice {
  return lastGood === null
    ? { status: 'no_catalog', catalog: null, problems }
    : { status: 'kept_last_good', catalog: lastGood, problems };
}

/**
 * Pure decision over already parsed data: the candidate replaces the last
 * good catalog only if it validates completely and was published later; a
 * catalog is never applied in part (a half catalog routes tickets to units
 * that may not exist).
 */
export function chooseCatalog(candidate: unknown, lastGood: Catalog | null): CatalogChoice {
  const validation = validateCatalog(candidate);
  if (!validation.ok) return rejectCandidate(lastGood, validation.problems);
  const { catalog } = validation;
  if (lastGood !== null && catalog.publishedAt <= lastGood.publishedAt) {
    return { status: 'not_newer', catalog: lastGood, problems: [], candidateVersion: catalog.version };
  }
  return { status: 'applied', catalog, problems: [] };
}
