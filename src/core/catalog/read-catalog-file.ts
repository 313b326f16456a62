import { readFile, stat } from 'node:fs/promises';
import type { CatalogProblem } from '../../shared/catalog/catalog-problem';

/** Far above the demo catalog (a few hundred kB); a bigger file is corrupt or not a catalog. */
export const MAX_CATALOG_FILE_BYTES = 32 * 1024 * 1024;

export type CatalogFileRead = { ok: true; document: unknown } | { ok: false; problem: CatalogProblem };

function fileProblem(reason: string): CatalogProblem {
  return { path: '', section: null, index: null, id: null, reason };
}

/**
 * Reads and parses a catalog file, turning every way it can fail (missing,
 * unreadable, too big, not JSON) into a problem instead of an exception, so
 * the caller can keep its last good catalog with one code path.
 */
export async function readCatalogFile(file: string): Promise<CatalogFileRead> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_CATALOG_FILE_BYTES) {
      return { ok: false, problem: fileProblem(`${file} is ${info.size} bytes, more than the ${MAX_CATALOG_FILE_BYTES} a catalog may have`) };
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, problem: fileProblem(`cannot read ${file} (${code})`) };
  }
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: fileProblem(`${file} is not valid JSON: ${(error as Error).message}`) };
  }
}
