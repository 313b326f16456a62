import type { KbStatus } from '../document/kb-document';
import type { KbDocumentMetadata } from '../index/document-summary';
import type { TextRange } from './highlight-ranges';
import type { Snippet } from './snippet';

/** The knowledge-base search API: JSON-safe in and out (epoch ms, plain objects). */
export interface SearchOptions {
  /** Results wanted; default 10, at most 1000. */
  limit?: number;
  offset?: number;
  /** The operator is still typing: treat the last word as a prefix and do not log zero results. */
  asYouType?: boolean;
  status?: KbStatus | readonly KbStatus[];
  /** Documents of this district and city-wide (全市) ones. */
  district?: string;
  /** A category or a top-level category (`社会保障` matches `社会保障/养老保险`). */
  category?: string;
  authority?: string;
  /** Log the query when it finds nothing; default: when not typing ahead. */
  logZeroResult?: boolean;
  /** Skip highlights and snippets (evaluation, benchmarks). */
  withSnippets?: boolean;
  /** "Now" for deciding what has expired; default Date.now(). */
  now?: number;
}

export interface SearchResult extends KbDocumentMetadata {
  /** Ranking score (bm25 with district and expiry adjustments); never higher than the result above. */
  score: number;
  titleHighlights: TextRange[];
  snippet: Snippet | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  status: FacetCount[];
  district: FacetCount[];
  category: FacetCount[];
  authority: FacetCount[];
}

export interface DidYouMean {
  text: string;
  /** True when the results shown are those of the corrected query. */
  applied: boolean;
}

export interface SearchResponse {
  query: string;
  interpretedAs: { kind: 'empty' | 'text' | 'pinyin'; words: string[]; district: string | null };
  results: SearchResult[];
  /** Matching documents after filters (results is one page of them). */
  total: number;
  facets: SearchFacets;
  didYouMean: DidYouMean | null;
  tookMs: number;
}
