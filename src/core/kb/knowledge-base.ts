import type { Database } from 'better-sqlite3';
import { documentVersions, documentView, type KbDocumentVersion, type KbDocumentView } from './document-view';
import type { DocumentSource } from './document/parse-document-source';
import { importDocuments } from './import/import-documents';
import type { SliceOptions } from './import/import-documents';
import { importFolder, importFolderInSlices } from './import/import-folder';
import type { ImportProgressListener, ImportReport } from './import/import-report';
import { isExpired, type DocumentSummary } from './index/document-summary';
import { KnowledgeIndex } from './index/knowledge-index';
import { textRuns } from './index/text-runs';
import { loadKbResources } from './kb-resources';
import { hanSyllables } from './pinyin/han-syllables';
import { districtNames } from './query/beijing-districts';
import { planQuery, type QueryContext } from './query/plan-query';
import { searchKnowledgeBase } from './query/search-knowledge-base';
import type { SearchOptions, SearchResponse } from './query/search-types';
import { createSegmenter } from './query/segmenter';
import { ZeroResultLog, type ZeroResultQuery } from './zero-results/zero-result-log';
import { normalizeText } from '../../shared/text/normalize-text';

// The module's public types in one place, for the contract handlers.
export type { KbDocumentVersion, KbDocumentView } from './document-view';
export type { KbFormat, KbStatus } from './document/kb-document';
export type { DocumentSource } from './document/parse-document-source';
export type { SliceOptions } from './import/import-documents';
export type { ImportProblem, ImportProgress, ImportProgressListener, ImportReport, ImportWarning } from './import/import-report';
export { NotAFolderError } from './import/not-a-folder-error';
export type { TextRange } from './query/highlight-ranges';
export type { DidYouMean, FacetCount, SearchFacets, SearchOptions, SearchResponse, SearchResult } from './query/search-types';
export type { Snippet } from './query/snippet';
export type { ZeroResultQuery } from './zero-results/zero-result-log';

/**
 * The knowledge base of one seat database: what the contract handlers, the
 * CLI and the tests call. Everything is synchronous — search runs on the
 * core worker thread in a few milliseconds with prepared statements — and
 * every output is JSON-safe.
 */
export interface KnowledgeBase {
  importFolder(folder: string, onProgress?: ImportProgressListener): ImportReport;
  /** The same import in time slices, so searches run between them (the seat core; one import at a time). */
  importFolderInSlices(folder: string, slices: SliceOptions, onProgress?: ImportProgressListener): Promise<ImportReport>;
  /** The same import path for documents that do not come from a folder (the center). */
  importDocuments(sources: readonly DocumentSource[], onProgress?: ImportProgressListener): ImportReport;
  search(query: string, options?: SearchOptions): SearchResponse;
  /** A document for the preview; with `query`, its highlights. */
  getDocument(id: string, options?: { query?: string; now?: number }): KbDocumentView | null;
  getDocumentHistory(id: string): KbDocumentVersion[];
  topZeroResultQueries(limit: number): ZeroResultQuery[];
  documentCount(): number;
  /** Every document's metadata (no bodies), ordered by id. */
  listDocuments(options?: { now?: number }): KbDocumentListItem[];
  /** Problems found in synonyms.txt / dictionary.txt, for the Settings page. */
  resourceProblems(): readonly string[];
}

export type KbDocumentListItem = Omit<DocumentSummary, 'docKey'> & { expired: boolean };

export interface KnowledgeBaseOptions {
  /** Folder holding synonyms.txt and dictionary.txt (resources/kb); null for none. */
  resourcesDir: string | null;
  /** Matches from which a query counts as broad (match-groups.ts); tests lower it to try that plan on a few documents. */
  broadDocuments?: number;
}

/** `db` must be a seat database migrated to 0002 or later (openSeatDatabase does that). */
export function createKnowledgeBase(db: Database, options: KnowledgeBaseOptions): KnowledgeBase {
  const resources = loadKbResources(options.resourcesDir);
  const segmenter = createSegmenter();
  segmenter.addWords(resources.dictionary);
  // District names must come out whole (顺义区老年人 → 顺义区 老年人) to be recognized as districts.
  segmenter.addWords(districtNames().map((word) => ({ word })));
  segmenter.addWords(resources.synonyms.terms().map((word) => ({ word })));
  const index = new KnowledgeIndex(db, segmenter);
  index.lexicon.add(resourceTerms([...resources.dictionary.map((entry) => entry.word), ...resources.synonyms.terms()]));
  index.lexicon.synonymsOf = (term) => resources.synonyms.expansions(term);
  const context: QueryContext = { segmenter, synonyms: resources.synonyms, lexicon: index.lexicon };
  const zeroResults = new ZeroResultLog(db);
  // Build the traditional→simplified tables now, at worker start, rather
  // than in the operator's first search.
  normalizeText('預熱');

  return {
    importFolder: (folder, onProgress) => importFolder(index, folder, onProgress),
    importFolderInSlices: (folder, slices, onProgress) => importFolderInSlices(index, folder, slices, onProgress),
    importDocuments: (sources, onProgress) =>
      importDocuments(index, { total: sources.length, sources: () => sources }, onProgress),
    search: (query, searchOptions) => searchKnowledgeBase({ index, context, zeroResults, broadDocuments: options.broadDocuments }, query, searchOptions),
    getDocument(id, viewOptions = {}) {
      const terms = viewOptions.query ? planQuery(viewOptions.query, context, { asYouType: false }).highlightTerms : [];
      return documentView(index.store, id, terms, viewOptions.now ?? Date.now());
    },
    getDocumentHistory: (id) => documentVersions(index.store, id),
    topZeroResultQueries: (limit) => zeroResults.topQueries(limit),
    documentCount: () => index.store.documentCount(),
    listDocuments: (listOptions = {}) => {
      const now = listOptions.now ?? Date.now();
      return [...index.allSummaries()]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(({ docKey: _docKey, ...summary }) => ({ ...summary, expired: isExpired(summary, now) }));
    },
    resourceProblems: () => resources.problems,
  };
}

/** Dictionary and synonym words join the pinyin table so "did you mean" can offer them. */
function resourceTerms(words: readonly string[]) {
  return words
    .filter((word) => {
      const runs = textRuns(word);
      return runs.length === 1 && runs[0]!.kind === 'han' && runs[0]!.text === word && word.length >= 2;
    })
    .map((word) => ({ term: word, source: 'resource' as const, syllables: hanSyllables(word) }));
}
