import type { Database, Statement } from 'better-sqlite3';
import { bodyTextOf } from '../document/body-text';
import type { KbFormat, ParsedKbDocument } from '../document/kb-document';
import type { LexiconTerm } from '../pinyin/pinyin-lexicon';
import { documentSummaryColumns, summaryFromRow, type DocumentSummary, type DocumentSummaryRow } from './document-summary';
import type { FtsRow } from './fts-row';

/**
 * All SQL over the knowledge-base tables, as statements prepared once.
 * Nothing here builds SQL from text it was given: user text only ever
 * arrives as a bound parameter.
 */
export interface StoredDocumentState {
  docKey: number;
  contentHash: string;
  version: number;
  sourcePath: string;
}

export interface StoredDocumentRow extends DocumentSummaryRow {
  keywords: string;
  questions: string;
  body: string;
  format: KbFormat;
  source_path: string;
  content_hash: string;
  terms: string;
  created_at: number;
}

export interface StoredVersion {
  version: number;
  contentHash: string;
  sourcePath: string;
  importedAt: number;
  content: Record<string, unknown>;
}

export interface MatchRow {
  docKey: number;
  rank: number;
}

/** A document's terms as kept in kb_document.terms: what to take back from kb_term on update. */
type StoredTerms = [term: string, source: 'keyword' | 'title'][];

/** bm25 weights of the FTS columns title, terms, body: a hit in the title says most. */
export const columnWeights = { title: 10, terms: 4, body: 1 } as const;

// Enough for facets and filters over any real query; a 1-character query on
// a huge corpus is cut here rather than ranking every document.
const maxCandidates = 3000;

const storedColumns = `${documentSummaryColumns}, keywords, questions, body, format, source_path, content_hash, terms, created_at`;

export class DocumentStore {
  private readonly statements;
  /** Documents per index token, read from fts5vocab on first use; cleared by every write. */
  private readonly frequencies = new Map<string, number>();
  private termRows: Statement<[string], number> | null = null;

  constructor(readonly db: Database) {
    this.statements = {
      state: db.prepare<[string], { doc_key: number; content_hash: string; version: number; source_path: string }>(
        'SELECT doc_key, content_hash, version, source_path FROM kb_document WHERE id = ?',
      ),
      insertDocument: db.prepare<Record<string, unknown>, { doc_key: number }>(`
        INSERT INTO kb_document (id, title, doc_number, authority, category, district, effective_from, effective_to,
          status, keywords, questions, body, format, source_path, content_hash, version, needs_review, terms,
          created_at, updated_at)
        VALUES (@id, @title, @docNumber, @authority, @category, @district, @effectiveFrom, @effectiveTo,
          @status, @keywords, @questions, @body, @format, @sourcePath, @contentHash, @version, @needsReview, @terms,
          @now, @now)
        RETURNING doc_key`),
      updateDocument: db.prepare<Record<string, unknown>>(`
        UPDATE kb_document SET title = @title, doc_number = @docNumber, authority = @authority, category = @category,
          district = @district, effective_from = @effectiveFrom, effective_to = @effectiveTo, status = @status,
          keywords = @keywords, questions = @questions, body = @body, format = @format, source_path = @sourcePath,
          content_hash = @contentHash, version = @version, needs_review = @needsReview, terms = @terms, updated_at = @now
        WHERE doc_key = @docKey`),
      moveDocument: db.prepare<[string, number]>('UPDATE kb_document SET source_path = ? WHERE doc_key = ?'),
      insertVersion: db.prepare<[string, number, string, string, number]>(
        'INSERT INTO kb_document_version (document_id, version, content_hash, snapshot, source_path, imported_at) VALUES (?, ?, ?, NULL, ?, ?)',
      ),
      keepVersionContent: db.prepare<[string, string, number]>(
        'UPDATE kb_document_version SET snapshot = ? WHERE document_id = ? AND version = ?',
      ),
      deleteFts: db.prepare<[number]>('DELETE FROM kb_fts WHERE rowid = ?'),
      insertFts: db.prepare<[number, string, string, string]>('INSERT INTO kb_fts (rowid, title, terms, body) VALUES (?, ?, ?, ?)'),
      addTerm: db.prepare<[string, string, number, number]>(`
        INSERT INTO kb_term (term, syllables, keyword_documents, title_documents) VALUES (?, ?, ?, ?)
        ON CONFLICT (term) DO UPDATE SET keyword_documents = keyword_documents + excluded.keyword_documents,
          title_documents = title_documents + excluded.title_documents`),
      takeBackTerm: db.prepare<[number, number, string]>(`
        UPDATE kb_term SET keyword_documents = max(0, keyword_documents - ?), title_documents = max(0, title_documents - ?)
        WHERE term = ?`),
      dropUnusedTerm: db.prepare<[string]>('DELETE FROM kb_term WHERE term = ? AND keyword_documents = 0 AND title_documents = 0'),
      allTerms: db.prepare<[], { term: string; syllables: string; keyword_documents: number; title_documents: number }>(
        'SELECT term, syllables, keyword_documents, title_documents FROM kb_term',
      ),
      allSummaries: db.prepare<[], DocumentSummaryRow>(`SELECT ${documentSummaryColumns} FROM kb_document`),
      summaryByKey: db.prepare<[number], DocumentSummaryRow>(`SELECT ${documentSummaryColumns} FROM kb_document WHERE doc_key = ?`),
      documentById: db.prepare<[string], StoredDocumentRow>(`SELECT ${storedColumns} FROM kb_document WHERE id = ?`),
      documentByKey: db.prepare<[number], StoredDocumentRow>(`SELECT ${storedColumns} FROM kb_document WHERE doc_key = ?`),
      bodyByKey: db.prepare<[number], { body: string; format: KbFormat }>('SELECT body, format FROM kb_document WHERE doc_key = ?'),
      versions: db.prepare<[string], { version: number; content_hash: string; snapshot: string | null; source_path: string; imported_at: number }>(
        'SELECT version, content_hash, snapshot, source_path, imported_at FROM kb_document_version WHERE document_id = ? ORDER BY version DESC',
      ),
      // Raw rows (arrays): a broad query returns thousands, and objects cost more to build.
      match: db
        .prepare<[string, number], [number, number]>(`
        SELECT rowid, bm25(kb_fts, ${columnWeights.title}, ${columnWeights.terms}, ${columnWeights.body})
        FROM kb_fts WHERE kb_fts MATCH ? ORDER BY 2 LIMIT ?`)
        .raw(),
      // Without bm25 FTS5 can stop at the limit and skips scoring every row.
      matchUnranked: db.prepare<[string, number], [number]>('SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT ?').raw(),
      count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM kb_document'),
    };
  }

  stateOf(id: string): StoredDocumentState | null {
    const row = this.statements.state.get(id);
    return row ? { docKey: row.doc_key, contentHash: row.content_hash, version: row.version, sourcePath: row.source_path } : null;
  }

  /**
   * Writes a new or changed document, its index row, its pinyin terms and
   * a version record, keeping the superseded content in the history. Call
   * inside a transaction. Returns the document's key and the terms it no
   * longer has.
   */
  save(
    document: ParsedKbDocument,
    previous: StoredDocumentState | null,
    fts: FtsRow,
    terms: readonly LexiconTerm[],
    now: number,
  ): { docKey: number; previousTerms: StoredTerms } {
    this.frequencies.clear();
    const version = (previous?.version ?? 0) + 1;
    const storedTerms: StoredTerms = terms.map((term) => [term.term, term.source === 'keyword' ? 'keyword' : 'title']);
    const params = {
      id: document.id,
      title: document.title,
      docNumber: document.docNumber,
      authority: document.authority,
      category: document.category,
      district: document.district,
      effectiveFrom: document.effectiveFrom,
      effectiveTo: document.effectiveTo,
      status: document.status,
      keywords: JSON.stringify(document.keywords),
      questions: JSON.stringify(document.questions),
      body: document.body,
      format: document.format,
      sourcePath: document.sourcePath,
      contentHash: document.contentHash,
      version,
      needsReview: document.needsReview ? 1 : 0,
      terms: JSON.stringify(storedTerms),
      now,
    };
    let docKey: number;
    let previousTerms: StoredTerms = [];
    if (previous) {
      docKey = previous.docKey;
      const old = this.statements.documentByKey.get(docKey)!;
      previousTerms = JSON.parse(old.terms) as StoredTerms;
      this.statements.keepVersionContent.run(JSON.stringify(contentOfRow(old)), document.id, previous.version);
      this.statements.updateDocument.run({ ...params, docKey });
      this.statements.deleteFts.run(docKey);
      for (const [term, source] of previousTerms) {
        this.statements.takeBackTerm.run(source === 'keyword' ? 1 : 0, source === 'title' ? 1 : 0, term);
        this.statements.dropUnusedTerm.run(term);
      }
    } else {
      docKey = this.statements.insertDocument.get(params)!.doc_key;
    }
    this.statements.insertFts.run(docKey, fts.title, fts.terms, fts.body);
    for (const term of terms) {
      const keyword = term.source === 'keyword' ? 1 : 0;
      this.statements.addTerm.run(term.term, term.syllables.join(' '), keyword, 1 - keyword);
    }
    this.statements.insertVersion.run(document.id, version, document.contentHash, document.sourcePath, now);
    return { docKey, previousTerms };
  }

  moveSource(docKey: number, sourcePath: string): void {
    this.statements.moveDocument.run(sourcePath, docKey);
  }

  allTerms(): { term: string; syllables: string[]; keywordDocuments: number; titleDocuments: number }[] {
    return this.statements.allTerms.all().map((row) => ({
      term: row.term,
      syllables: row.syllables.split(' '),
      keywordDocuments: row.keyword_documents,
      titleDocuments: row.title_documents,
    }));
  }

  allSummaries(): DocumentSummary[] {
    return this.statements.allSummaries.all().map(summaryFromRow);
  }

  summaryByKey(docKey: number): DocumentSummary | null {
    const row = this.statements.summaryByKey.get(docKey);
    return row ? summaryFromRow(row) : null;
  }

  documentById(id: string): StoredDocumentRow | null {
    return this.statements.documentById.get(id) ?? null;
  }

  bodyText(docKey: number): string {
    const row = this.statements.bodyByKey.get(docKey);
    return row ? bodyTextOf(row.format, row.body) : '';
  }

  /** Newest first; the current version's content comes from the document itself. */
  versions(id: string): StoredVersion[] {
    const current = this.documentById(id);
    return this.statements.versions.all(id).map((row) => ({
      version: row.version,
      contentHash: row.content_hash,
      sourcePath: row.source_path,
      importedAt: row.imported_at,
      content: row.snapshot !== null ? (JSON.parse(row.snapshot) as Record<string, unknown>) : current ? contentOfRow(current) : {},
    }));
  }

  /**
   * Runs one MATCH expression built by match-expression.ts. Expressions are
   * made of quoted tokens only, so an error here would be our bug, not the
   * operator's input; it is still caught so a search never throws.
   */
  match(expression: string, limit = maxCandidates): MatchRow[] {
    if (expression === '') return [];
    try {
      return this.statements.match.all(expression, limit).map(([docKey, rank]) => ({ docKey, rank }));
    } catch {
      return [];
    }
  }

  /** The same, unordered and unscored (rank 0): any `limit` matching documents. */
  matchUnranked(expression: string, limit = maxCandidates): MatchRow[] {
    if (expression === '') return [];
    try {
      return this.statements.matchUnranked.all(expression, limit).map(([docKey]) => ({ docKey, rank: 0 }));
    } catch {
      return [];
    }
  }

  /**
   * How many documents contain an index token (a bigram, a lone last
   * character or a Latin/digit word). A fts5vocab table over kb_fts in the
   * connection's temp schema answers in well under a millisecond; nothing
   * is added to the database file.
   */
  documentFrequency(token: string): number {
    const known = this.frequencies.get(token);
    if (known !== undefined) return known;
    this.termRows ??= this.prepareTermRows();
    const frequency = this.termRows.get(token) ?? 0;
    this.frequencies.set(token, frequency);
    return frequency;
  }

  private prepareTermRows(): Statement<[string], number> {
    this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.kb_fts_rows USING fts5vocab(main, kb_fts, row)');
    return this.db.prepare<[string], number>('SELECT doc FROM temp.kb_fts_rows WHERE term = ?').pluck();
  }

  documentCount(): number {
    return this.statements.count.get()!.count;
  }
}

/** A version's content, in the same shape as a parsed document's content fields. */
function contentOfRow(row: StoredDocumentRow): Record<string, unknown> {
  return {
    id: row.id,
    title: row.title,
    docNumber: row.doc_number,
    authority: row.authority,
    category: row.category,
    district: row.district,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    status: row.status,
    keywords: JSON.parse(row.keywords) as string[],
    questions: JSON.parse(row.questions) as string[],
    body: row.body,
    format: row.format,
    needsReview: row.needs_review === 1,
  };
}
