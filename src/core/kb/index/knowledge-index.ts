import type { Database } from 'better-sqlite3';
import type { ParsedKbDocument } from '../document/kb-document';
import { PinyinLexicon } from '../pinyin/pinyin-lexicon';
import type { Segmenter } from '../query/segmenter';
import { DocumentStore, type StoredDocumentState } from './document-store';
import type { DocumentSummary } from './document-summary';
import { documentTerms } from './document-terms';
import { ftsRow } from './fts-row';

/**
 * The knowledge base's index as one unit: the SQLite tables plus the
 * in-memory parts derived from them (document summaries, pinyin table,
 * keywords known to the segmenter), kept in step on every write.
 */
export class KnowledgeIndex {
  readonly store: DocumentStore;
  readonly lexicon = new PinyinLexicon();
  private readonly summaries = new Map<number, DocumentSummary>();

  constructor(
    db: Database,
    readonly segmenter: Segmenter,
  ) {
    this.store = new DocumentStore(db);
    for (const summary of this.store.allSummaries()) this.summaries.set(summary.docKey, summary);
    const terms = this.store.allTerms();
    this.lexicon.load(terms);
    this.segmenter.addWords(terms.filter((term) => term.keywordDocuments > 0).map((term) => ({ word: term.term })));
  }

  get db(): Database {
    return this.store.db;
  }

  summary(docKey: number): DocumentSummary | undefined {
    return this.summaries.get(docKey);
  }

  /** Documents in the knowledge base, from memory (no SQL). */
  documentCount(): number {
    return this.summaries.size;
  }

  allSummaries(): IterableIterator<DocumentSummary> {
    return this.summaries.values();
  }

  stateOf(id: string): StoredDocumentState | null {
    return this.store.stateOf(id);
  }

  /**
   * Writes a new or changed document. Must run inside a write transaction;
   * the in-memory parts are updated by `afterCommit`, so a rolled-back
   * batch leaves them untouched.
   */
  write(document: ParsedKbDocument, previous: StoredDocumentState | null, now: number): () => void {
    // Keywords join the segmenter first so the title is cut around them.
    this.segmenter.addWords(document.keywords.map((word) => ({ word })));
    const terms = documentTerms(document, this.segmenter);
    const { docKey, previousTerms } = this.store.save(document, previous, ftsRow(document), terms, now);
    return () => {
      this.lexicon.remove(previousTerms.map(([term, source]) => ({ term, source })));
      this.lexicon.add(terms);
      const summary = this.store.summaryByKey(docKey);
      if (summary) this.summaries.set(docKey, summary);
    };
  }

  moveSource(state: StoredDocumentState, sourcePath: string): void {
    this.store.moveSource(state.docKey, sourcePath);
  }
}
