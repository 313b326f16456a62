import { useMemo } from 'react';
import { useCatalogLookups } from './catalog-lookups';

export interface CatalogLabels {
  /** 城乡建设与住房 / 物业管理 / 物业收费; the id itself when the catalog does not know it (an older one). */
  category(id: string): string;
  place(code: string): string;
  unit(id: string): string;
}

export function useCatalogLabels(): CatalogLabels {
  const lookups = useCatalogLookups();
  return useMemo(
    () => ({
      category: (id) => lookups?.categoryEntry.get(id)?.path.join(' / ') ?? id,
      place: (code) => lookups?.placeEntry.get(code)?.path.join(' / ') ?? code,
      unit: (id) => lookups?.index.unitById.get(id)?.shortName ?? id,
    }),
    [lookups],
  );
}
