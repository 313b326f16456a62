import type { KbDocument } from '../../src/shared/contract/kb/kb-document-schemas';
import type { KbSearchResponse, KbSearchResult } from '../../src/shared/contract/kb/kb-search-schemas';

/** What kb.search answers over an empty knowledge base. */
export function emptyKbSearch(query: string): KbSearchResponse {
  return {
    query,
    interpretedAs: { kind: query.trim() === '' ? 'empty' : 'text', words: [], district: null },
    results: [],
    total: 0,
    facets: { status: [], district: [], category: [], authority: [] },
    didYouMean: null,
    tookMs: 0.1,
  };
}

/** A search result with plausible defaults; tests override what they look at. */
export function fakeKbResult(fields: Partial<KbSearchResult> & Pick<KbSearchResult, 'id' | 'title'>): KbSearchResult {
  return {
    docNumber: null,
    authority: '北京住房公积金管理中心',
    category: '住房保障/住房公积金',
    district: '全市',
    status: 'current',
    effectiveFrom: Date.UTC(2025, 0, 1) - 8 * 3_600_000,
    effectiveTo: null,
    expired: false,
    notYetEffective: false,
    needsReview: false,
    score: 1,
    titleHighlights: [],
    snippet: null,
    ...fields,
  };
}

/** kb.get's answer for a result, with a body and no highlights unless given. */
export function fakeKbDocument(result: KbSearchResult, fields: Partial<KbDocument> = {}): KbDocument {
  const { score: _score, snippet: _snippet, ...summary } = result;
  return {
    ...summary,
    keywords: [],
    questions: [],
    body: `# ${result.title}\n\n正文。\n`,
    format: 'markdown',
    version: 1,
    updatedAt: Date.UTC(2026, 0, 1),
    bodyHighlights: [],
    history: [{ version: 1, contentHash: 'hash-1', sourcePath: `${result.id}.md`, importedAt: Date.UTC(2026, 0, 1) }],
    ...fields,
  };
}
