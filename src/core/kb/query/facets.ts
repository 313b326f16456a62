import type { DocumentSummary } from '../index/document-summary';
import { allFiltersPass, filterBit, type FilterBits } from './search-filters';
import type { FacetCount, SearchFacets } from './search-types';

/**
 * Facet counts computed the disjunctive way: each dimension is counted
 * over the matches filtered by all the *other* dimensions, so choosing a
 * district still shows how many hits the other districts have.
 */
export type FacetDimension = keyof SearchFacets;

export const facetDimensions: readonly FacetDimension[] = ['status', 'district', 'category', 'authority'];

export function countFacets(matches: readonly { summary: DocumentSummary; filterBits: FilterBits }[]): SearchFacets {
  const counts = { status: new Map<string, number>(), district: new Map<string, number>(), category: new Map<string, number>(), authority: new Map<string, number>() };
  for (const { summary, filterBits } of matches) {
    for (const dimension of facetDimensions) {
      // Counted when every other dimension's filter passes.
      if ((filterBits | filterBit[dimension]) !== allFiltersPass) continue;
      const value = summary[dimension];
      counts[dimension].set(value, (counts[dimension].get(value) ?? 0) + 1);
    }
  }
  return {
    status: sortCounts(counts.status),
    district: sortCounts(counts.district),
    category: sortCounts(counts.category),
    authority: sortCounts(counts.authority),
  };
}
function sortCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
