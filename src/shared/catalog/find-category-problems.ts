import type { CatalogIndex } from './catalog-index';
import { entryProblem, type CatalogProblem } from './catalog-problem';
import type { Catalog } from './catalog-schema';

/**
 * The category tree must be exactly what the intake picker assumes: three
 * levels, every parent present one level up, tickets filed only under
 * level-3 leaves, and every leaf able to start a ticket (default urgency and
 * an SLA class the table knows).
 */
export function findCategoryProblems(catalog: Catalog, index: CatalogIndex): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seenIds = new Set<string>();
  const siblingNames = new Set<string>();
  const slaClasses = new Set(catalog.slaTable.map((row) => row.slaClass));

  catalog.categories.forEach((category, at) => {
    const report = (field: string | null, reason: string) =>
      problems.push(entryProblem('categories', at, category.id, field, reason));

    if (seenIds.has(category.id)) report('id', 'duplicates the id of an earlier category');
    seenIds.add(category.id);

    const siblingKey = `${category.parentId ?? ''}\u0000${category.name}`;
    if (siblingNames.has(siblingKey)) report('name', `another category under the same parent is already named "${category.name}"`);
    siblingNames.add(siblingKey);

    if (category.level === 1) {
      if (category.parentId !== null) report('parentId', 'a level-1 category has no parent');
    } else if (category.parentId === null) {
      report('parentId', `a level-${category.level} category needs a parent`);
    } else {
      const parent = index.categoryById.get(category.parentId);
      if (!parent) report('parentId', `refers to the unknown category "${category.parentId}"`);
      else if (parent.level !== category.level - 1) {
        report('level', `is ${category.level} but its parent "${parent.id}" is at level ${parent.level}`);
      }
    }

    const isLeaf = !index.childCategoryIds.has(category.id);
    if (isLeaf) {
      if (category.level !== 3) {
        report('level', `is a leaf at level ${category.level}; tickets are filed under level-3 leaves`);
      }
      if (category.defaultUrgency === undefined) report('defaultUrgency', 'a leaf category needs a default urgency');
      if (category.slaClass === undefined) report('slaClass', 'a leaf category needs an SLA class');
      else if (!slaClasses.has(category.slaClass)) report('slaClass', `"${category.slaClass}" is not in the SLA table`);
    } else {
      if (category.defaultUrgency !== undefined) report('defaultUrgency', 'only leaf categories carry a default urgency');
      if (category.slaClass !== undefined) report('slaClass', 'only leaf categories carry an SLA class');
    }
  });
  return problems;
}
