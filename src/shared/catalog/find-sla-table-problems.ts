import { entryProblem, sectionProblem, type CatalogProblem } from './catalog-problem';
import type { Catalog } from './catalog-schema';
import { urgencySchema } from './urgency';

/**
 * Deadlines are computed from this table, so it must be unambiguous: one
 * row per class, each urgency selecting exactly one class, and no class
 * asking for a reply before the dispatch it follows.
 */
export function findSlaTableProblems(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seenClasses = new Set<string>();
  const classByUrgency = new Map<string, string>();

  catalog.slaTable.forEach((row, at) => {
    const report = (field: string | null, reason: string) =>
      problems.push(entryProblem('slaTable', at, row.slaClass, field, reason));

    if (seenClasses.has(row.slaClass)) report('slaClass', 'duplicates an earlier row of the same class');
    seenClasses.add(row.slaClass);

    if (row.urgency !== null) {
      const earlier = classByUrgency.get(row.urgency);
      if (earlier !== undefined) report('urgency', `urgency "${row.urgency}" already selects class "${earlier}"`);
      else classByUrgency.set(row.urgency, row.slaClass);
    }
    if (row.dispatchWithinMs !== null && row.dispatchWithinMs > row.feedbackWithinMs) {
      report('dispatchWithinMs', 'is longer than feedbackWithinMs');
    }
  });

  for (const urgency of urgencySchema.options) {
    if (!classByUrgency.has(urgency)) problems.push(sectionProblem('slaTable', `no row is selected by urgency "${urgency}"`));
  }
  return problems;
}
