import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The hotline's 335 leaf request categories from the shipped demo catalog
 * (快递丢失延误, 燃气入户安检, 培训机构退费, …), each with the callers' own
 * words for it and the unit that handles it. They give the generated corpus
 * topics the 110 demo documents do not cover, so each topic's vocabulary
 * sits in a few dozen documents as in a real knowledge base.
 */
export interface CatalogTopic {
  name: string;
  keywords: string[];
  /** Two levels as the KB wants them: `食品安全/校园周边食品` style, from the catalog's levels 1 and 2. */
  category: string;
  authority: string;
}

interface CatalogCategory {
  id: string;
  parentId: string | null;
  level: number;
  name: string;
  keywords: string[];
}

interface Catalog {
  categories: CatalogCategory[];
  units: { id: string; name: string }[];
  routingRules: { kind: string; categoryId?: string; unitId: string }[];
}

export function loadCatalogTopics(resourcesDir: string): CatalogTopic[] {
  const catalog = JSON.parse(readFileSync(join(resourcesDir, 'catalog', 'catalog.json'), 'utf8')) as Catalog;
  const categories = new Map(catalog.categories.map((category) => [category.id, category]));
  const units = new Map(catalog.units.map((unit) => [unit.id, unit.name]));
  const unitOfCategory = new Map<string, string>();
  for (const rule of catalog.routingRules) {
    if (rule.kind === 'category' && rule.categoryId && !unitOfCategory.has(rule.categoryId)) unitOfCategory.set(rule.categoryId, rule.unitId);
  }
  const authorityOf = (category: CatalogCategory | undefined): string => {
    for (let current = category; current; current = current.parentId ? categories.get(current.parentId) : undefined) {
      const unit = units.get(unitOfCategory.get(current.id) ?? '');
      if (unit) return unit;
    }
    return '北京市人民政府办公厅';
  };
  return catalog.categories
    .filter((category) => category.level === 3)
    .map((leaf) => {
      const parent = categories.get(leaf.parentId ?? '');
      const root = categories.get(parent?.parentId ?? '');
      return {
        name: leaf.name,
        keywords: [...new Set([...leaf.keywords, ...(parent?.keywords ?? [])])],
        category: `${root?.name ?? '其他'}/${parent?.name ?? leaf.name}`.replace(/\s+/g, ''),
        authority: authorityOf(leaf),
      };
    });
}
