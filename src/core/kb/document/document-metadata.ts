import type { FrontMatter } from './front-matter-schema';
import type { KbDocumentContent } from './kb-document';

/** The descriptive fields of a document, whether written by an editor or inferred. */
export type DocumentMetadata = Omit<KbDocumentContent, 'body' | 'bodyText' | 'format' | 'needsReview'>;

export function metadataFromFrontMatter(frontMatter: FrontMatter): DocumentMetadata {
  return {
    id: frontMatter.id,
    title: frontMatter.title,
    docNumber: frontMatter.doc_number,
    authority: frontMatter.authority,
    category: frontMatter.category
      .split('/')
      .map((level) => level.trim())
      .join('/'),
    district: frontMatter.district,
    effectiveFrom: frontMatter.effective_from,
    effectiveTo: frontMatter.effective_to,
    status: frontMatter.status,
    keywords: frontMatter.keywords,
    questions: frontMatter.questions,
  };
}
