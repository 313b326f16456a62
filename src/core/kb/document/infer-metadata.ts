import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { cityWideDistrict } from './kb-document';
import type { DocumentMetadata } from './document-metadata';

/**
 * Metadata guessed for a .txt/.html/.docx document that came without a
 * sidecar .yml. The document is searchable at once, but flagged
 * `needs_review` so an editor fills in authority, category and dates —
 * until then it claims nothing it cannot know (no dates, "待审核" labels).
 */
export const unreviewedAuthority = '待审核';
export const unreviewedCategory = '待审核/待分类';

export function inferMetadata(path: string, title: string | null, text: string): DocumentMetadata {
  return {
    id: idFromFileName(path),
    title: title ?? firstLine(text) ?? basename(path, extname(path)),
    docNumber: null,
    authority: unreviewedAuthority,
    category: unreviewedCategory,
    district: cityWideDistrict,
    effectiveFrom: null,
    effectiveTo: null,
    status: 'current',
    keywords: [],
    questions: [],
  };
}

function idFromFileName(path: string): string {
  const stem = basename(path, extname(path));
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(stem)) return stem;
  // Chinese file names make poor ids; a stable hash of the name keeps re-imports matching.
  return `doc-${createHash('sha256').update(stem).digest('hex').slice(0, 12)}`;
}

function firstLine(text: string): string | null {
  const line = text
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '');
  if (line === undefined) return null;
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}
