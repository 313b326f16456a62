import type { CatalogIndex } from '../../shared/catalog/catalog-index';
import type { Catalog } from '../../shared/catalog/catalog-schema';

/** The catalog intake classifies against, with its lookups built once. */
export interface CatalogInForce {
  catalog: Catalog;
  index: CatalogIndex;
}

/**
 * Asked on every use rather than captured once, so a catalog the center
 * publishes while the seat runs applies to the next intake. Null while no
 * valid catalog is known (first start with a broken file).
 */
export type CatalogInForceSource = () => CatalogInForce | null;
