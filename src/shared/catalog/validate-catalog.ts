import type { CatalogProblem } from './catalog-problem';
import { catalogSchema, type Catalog } from './catalog-schema';
import { findReferenceProblems } from './find-reference-problems';
import { findSchemaProblems } from './find-schema-problems';

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] };

/**
 * All or nothing: a catalog is usable only if every entry is well formed and
 * every reference resolves. A half-applied catalog would route tickets to
 * units that do not exist, so one broken entry rejects the document and the
 * problems say exactly which entries to fix. Pure, so the center can run the
 * same check before it publishes.
 *
 * Cross-entry checks run only once every entry is well formed: references
 * between malformed entries would only produce noise.
 */
export function validateCatalog(document: unknown): CatalogValidation {
  const parsed = catalogSchema.safeParse(document);
  if (!parsed.success) return { ok: false, problems: findSchemaProblems(document, parsed.error) };
  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: parsed.data };
}
