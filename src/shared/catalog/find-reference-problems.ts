import { indexCatalog } from './catalog-index';
import type { CatalogProblem } from './catalog-problem';
import type { Catalog } from './catalog-schema';
import { findCategoryProblems } from './find-category-problems';
import { findPlaceProblems } from './find-place-problems';
import { findRoutingRuleProblems } from './find-routing-rule-problems';
import { findSlaTableProblems } from './find-sla-table-problems';
import { findUnitProblems } from './find-unit-problems';

/**
 * The checks the schema cannot express because they span entries: ids
 * unique, parents and references present, ownership consistent. Runs on a
 * catalog whose entries are individually well formed.
 */
export function findReferenceProblems(catalog: Catalog): CatalogProblem[] {
  const index = indexCatalog(catalog);
  return [
    ...findCategoryProblems(catalog, index),
    ...findPlaceProblems(catalog, index),
    ...findUnitProblems(catalog, index),
    ...findRoutingRuleProblems(catalog, index),
    ...findSlaTableProblems(catalog),
  ];
}
