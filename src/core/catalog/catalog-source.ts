import type { CatalogView } from '../../shared/contract/intake/catalog-view';

/**
 * How the catalog in force reached the seat in this run: read back from the
 * database (the last good one), applied from the shipped file at start, or
 * applied from the center by sync.
 */
export type CatalogSource = CatalogView['source'];
