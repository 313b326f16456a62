import type { CatalogSection } from './catalog-schema';

/** The field that names an entry of each section, so problems can say which entry, not just where. */
const identifyingField: Record<CatalogSection, string> = {
  categories: 'id',
  places: 'code',
  units: 'id',
  routingRules: 'id',
  slaTable: 'slaClass',
};

/**
 * The entry's id as written in the document, if it has a readable one.
 * Works on unvalidated data: a rejected entry may be anything.
 */
export function entryIdOf(section: CatalogSection, entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const value = (entry as Record<string, unknown>)[identifyingField[section]];
  if (typeof value === 'string' && value.length > 0 && value.length <= 100) return value;
  return null;
}
