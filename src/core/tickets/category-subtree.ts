import type { CatalogIndex } from '../../shared/catalog/catalog-index';

/** Every category id in the subtree under `rootId`, the root included. */
export function categorySubtree(index: CatalogIndex, rootId: string): string[] {
  const ids: string[] = [];
  const pending = [rootId];
  // Bounded by the catalog's size, so a corrupt parent chain that loops cannot spin forever.
  while (pending.length > 0 && ids.length <= index.categoryById.size) {
    const id = pending.pop() as string;
    ids.push(id);
    pending.push(...(index.childCategoryIds.get(id) ?? []));
  }
  return ids;
}

/**
 * The categories a repeat of a ticket filed under `categoryId` may carry:
 * for a leaf, its parent's whole subtree, because two operators often file
 * the same problem under sibling leaves (暖气不热 / 供暖温度不达标); for a
 * higher node, its own subtree. Null when the catalog does not know the id.
 */
export function categoryFamily(index: CatalogIndex, categoryId: string): string[] | null {
  const category = index.categoryById.get(categoryId);
  if (!category) return null;
  const isLeaf = !index.childCategoryIds.has(categoryId);
  const root = isLeaf && category.parentId !== null ? category.parentId : categoryId;
  return categorySubtree(index, root);
}
