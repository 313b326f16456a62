import { normalizeWithOffsets, type NormalizedText } from '../../../shared/text/normalize-text';
import type { DocumentStore } from '../index/document-store';
import type { DocumentSummary } from '../index/document-summary';

/**
 * The plain text of recently shown documents, with its normalized form.
 * Type-ahead shows the same documents keystroke after keystroke; keeping
 * their text saves re-reading and re-normalizing it each time. Entries are
 * keyed by document and version, so an updated document is never served
 * stale; least recently used entries go first.
 */
export interface DocumentText {
  text: string;
  /** The normalized form of the first `scanLimit` characters, for highlights. */
  normalized: NormalizedText;
}

// Snippets and highlights only look this far into a body.
export const scanLimit = 30_000;
const capacity = 256;

export class DocumentTextCache {
  private readonly entries = new Map<string, DocumentText>();

  constructor(private readonly store: DocumentStore) {}

  body(summary: DocumentSummary): DocumentText {
    const key = `${summary.docKey}:${summary.version}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const text = this.store.bodyText(summary.docKey);
    const entry = { text, normalized: normalizeWithOffsets(text.slice(0, scanLimit)) };
    this.entries.set(key, entry);
    if (this.entries.size > capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}
