import type { KbStatus } from '../document/kb-document';
import type { DocumentSummary } from '../index/document-summary';
import { appliesInDistrict } from './beijing-districts';
import type { FacetDimension } from './facets';
import type { SearchOptions } from './search-types';

/**
 * The filters of a search, evaluated once per candidate as one bit per
 * dimension, so both the result filter (all bits) and the disjunctive
 * facet counts (all bits but the dimension's own) come from one pass.
 */
export type FilterBits = number;

export const allFiltersPass: FilterBits = 0b1111;
export const filterBit: Record<FacetDimension, FilterBits> = { status: 0b0001, district: 0b0010, category: 0b0100, authority: 0b1000 };

export function searchFilter(options: SearchOptions): (summary: DocumentSummary) => FilterBits {
  const statuses: ReadonlySet<KbStatus> | null =
    options.status === undefined ? null : new Set(typeof options.status === 'string' ? [options.status] : options.status);
  const district = options.district?.trim() || null;
  const category = options.category?.trim() || null;
  const authority = options.authority?.trim() || null;
  return (summary) =>
    (statuses === null || statuses.has(summary.status) ? filterBit.status : 0) |
    (district === null || appliesInDistrict(summary.district, district) ? filterBit.district : 0) |
    (category === null || summary.category === category || summary.category.startsWith(`${category}/`) ? filterBit.category : 0) |
    (authority === null || summary.authority === authority ? filterBit.authority : 0);
}
