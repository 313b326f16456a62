import type { Category, CategoryLevel } from '../../src/shared/catalog/category-schema';
import type { SlaTable } from '../../src/shared/catalog/sla-table-schema';
import type { Urgency } from '../../src/shared/catalog/urgency';
import type { CategorySource } from './source-schemas';

/**
 * Flattens the nested YAML tree into catalog entries: full ids from the
 * slugs on the path, urgency inherited down the tree and written out on
 * every leaf, and the leaf's SLA class made explicit (the one its urgency
 * selects unless the source names another), so consumers never re-derive it.
 */
export function buildCategories(roots: readonly CategorySource[], slaTable: SlaTable): Category[] {
  const classForUrgency = new Map(slaTable.filter((row) => row.urgency !== null).map((row) => [row.urgency, row.slaClass]));
  const categories: Category[] = [];

  const visit = (node: CategorySource, parentId: string | null, level: number, inherited: Urgency | undefined) => {
    const id = parentId === null ? node.id : `${parentId}.${node.id}`;
    const urgency = node.urgency ?? inherited;
    const children = node.children ?? [];
    const category: Category = {
      id,
      parentId,
      level: level as CategoryLevel,
      name: node.name,
      keywords: node.keywords ?? [],
    };
    if (children.length === 0) {
      if (urgency === undefined) throw new Error(`category ${id} is a leaf without an urgency (set one on it or an ancestor)`);
      const slaClass = node.sla ?? classForUrgency.get(urgency);
      if (slaClass === undefined) throw new Error(`no SLA class is selected by urgency "${urgency}" (category ${id})`);
      category.defaultUrgency = urgency;
      category.slaClass = slaClass;
    } else if (node.sla !== undefined) {
      throw new Error(`category ${id} has children; only leaves take an sla`);
    }
    categories.push(category);
    for (const child of children) visit(child, id, level + 1, urgency);
  };

  for (const root of roots) visit(root, null, 1, undefined);
  return categories;
}
