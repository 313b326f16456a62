import { createHash } from 'node:crypto';
import type { KbDocumentContent } from './kb-document';

/**
 * The hash that decides whether a re-import changes a document. It covers
 * every content field in a fixed order, and not the file path, so moving or
 * renaming a file is not a new version.
 */
export function contentHash(content: KbDocumentContent): string {
  const canonical = JSON.stringify([
    content.id,
    content.title,
    content.docNumber,
    content.authority,
    content.category,
    content.district,
    content.effectiveFrom,
    content.effectiveTo,
    content.status,
    content.keywords,
    content.questions,
    content.body,
    content.format,
    content.needsReview,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
