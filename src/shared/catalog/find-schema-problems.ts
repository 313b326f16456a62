import type { z } from 'zod';
import { formatCatalogPath } from './catalog-path';
import type { CatalogProblem } from './catalog-problem';
import { catalogSections, type CatalogSection } from './catalog-schema';
import { entryIdOf } from './entry-label';

function isSection(key: PropertyKey | undefined): key is CatalogSection {
  return typeof key === 'string' && (catalogSections as readonly string[]).includes(key);
}

/**
 * Turns zod's issues into problems that name the rejected entry: zod knows
 * the path ("places", 120, "code"), the raw document knows which place sat
 * at index 120.
 */
export function findSchemaProblems(raw: unknown, error: z.ZodError): CatalogProblem[] {
  return error.issues.map((issue) => {
    const [first, second] = issue.path;
    const section = isSection(first) && typeof second === 'number' ? first : null;
    const index = section === null ? null : (second as number);
    let id: string | null = null;
    if (section !== null && index !== null && typeof raw === 'object' && raw !== null) {
      const entries = (raw as Record<string, unknown>)[section];
      if (Array.isArray(entries)) id = entryIdOf(section, entries[index]);
    }
    return { path: formatCatalogPath(issue.path), section, index, id, reason: issue.message };
  });
}
