import { normalizeWithOffsets } from '../../shared/text/normalize-text';
import { bodyTextOf } from './document/body-text';
import type { KbFormat } from './document/kb-document';
import type { DocumentStore } from './index/document-store';
import { documentMetadata, summaryFromRow, type KbDocumentMetadata } from './index/document-summary';
import { highlightRanges, type TextRange } from './query/highlight-ranges';

/** One document for the preview pane, JSON-safe, optionally with the query's highlights. */
export interface KbDocumentView extends KbDocumentMetadata {
  keywords: string[];
  questions: string[];
  /** As written (Markdown for .md documents). */
  body: string;
  /** Plain text; bodyHighlights refer to it. */
  bodyText: string;
  format: KbFormat;
  version: number;
  sourcePath: string;
  createdAt: number;
  updatedAt: number;
  titleHighlights: TextRange[];
  bodyHighlights: TextRange[];
  /** The same matches as ranges of `body` as written, for a preview that shows the Markdown's structure. */
  bodySourceHighlights: TextRange[];
}

export interface KbDocumentVersion {
  version: number;
  contentHash: string;
  sourcePath: string;
  importedAt: number;
  /** The document's content as it was at this version. */
  content: Record<string, unknown>;
}

export function documentView(store: DocumentStore, id: string, highlightTerms: readonly string[], now: number): KbDocumentView | null {
  const row = store.documentById(id);
  if (!row) return null;
  const summary = summaryFromRow(row);
  const bodyText = bodyTextOf(row.format, row.body);
  return {
    ...documentMetadata(summary, now),
    keywords: JSON.parse(row.keywords) as string[],
    questions: JSON.parse(row.questions) as string[],
    body: row.body,
    bodyText,
    format: row.format,
    version: summary.version,
    sourcePath: row.source_path,
    createdAt: row.created_at,
    updatedAt: summary.updatedAt,
    titleHighlights: highlightTerms.length > 0 ? highlightRanges(summary.title, highlightTerms, normalizeWithOffsets(summary.title)) : [],
    bodyHighlights: highlightTerms.length > 0 ? highlightRanges(bodyText, highlightTerms) : [],
    bodySourceHighlights: highlightTerms.length > 0 ? highlightRanges(row.body, highlightTerms) : [],
  };
}

export function documentVersions(store: DocumentStore, id: string): KbDocumentVersion[] {
  return store.versions(id);
}
