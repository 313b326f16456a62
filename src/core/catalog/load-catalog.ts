import type { Catalog } from '../../shared/catalog/catalog-schema';
import { chooseCatalog, rejectCandidate, type CatalogChoice } from './choose-catalog';
import { readCatalogFile } from './read-catalog-file';

/**
 * Loads a catalog file (the shipped demo catalog now, a file fetched from
 * the center later) and decides whether it replaces `lastGood`. Never
 * throws for a bad file: the seat must start with its last good catalog
 * and say which entry was rejected.
 */
export async function loadCatalog(file: string, lastGood: Catalog | null): Promise<CatalogChoice> {
  const read = await readCatalogFile(file);
  if (!read.ok) return rejectCandidate(lastGood, [read.problem]);
  return chooseCatalog(read.document, lastGood);
}
