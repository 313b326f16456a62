import type { CatalogSection } from './catalog-schema';

/**
 * One reason a catalog was rejected, precise enough for the operator's
 * notice and for the center's catalog editors to find the entry:
 * `path` is "categories[12].defaultUrgency", `id` the entry's id (or place
 * code, or SLA class) when the entry has a readable one.
 */
export interface CatalogProblem {
  path: string;
  section: CatalogSection | null;
  index: number | null;
  id: string | null;
  reason: string;
}

/** One line for logs and notices: `categories[12] (heating.home.cold): defaultUrgency: …`. */
export function describeCatalogProblem(problem: CatalogProblem): string {
  const where = problem.section === null ? problem.path || 'catalog' : `${problem.section}[${problem.index ?? '?'}]`;
  const entry = problem.id === null ? '' : ` (${problem.id})`;
  const entryPath = problem.section === null ? '' : problem.path.slice(where.length).replace(/^\./, '');
  const field = entryPath === '' ? '' : `${entryPath}: `;
  return `${where}${entry}: ${field}${problem.reason}`;
}

/** A short summary for a notice: the first few problems and how many more there are. */
export function summarizeCatalogProblems(problems: readonly CatalogProblem[], shown = 5): string {
  const lines = problems.slice(0, shown).map(describeCatalogProblem);
  if (problems.length > shown) lines.push(`… and ${problems.length - shown} more`);
  return lines.join('\n');
}

/** A problem with one entry of a section, optionally one field of it. */
export function entryProblem(
  section: CatalogSection,
  index: number,
  id: string | null,
  field: string | null,
  reason: string,
): CatalogProblem {
  const path = `${section}[${index}]${field === null ? '' : `.${field}`}`;
  return { path, section, index, id, reason };
}

/** A problem with a section as a whole (a missing SLA class), not with one entry. */
export function sectionProblem(section: CatalogSection, reason: string): CatalogProblem {
  return { path: section, section, index: null, id: null, reason };
}
