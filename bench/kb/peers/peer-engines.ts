import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { documentTokens, queryPhraseTokens } from '../../../src/core/kb/index/bigram-tokens';
import { normalizeText } from '../../../src/shared/text/normalize-text';

/**
 * The two in-memory JavaScript search libraries the issue compares Seat
 * with, set up the way their documentation suggests for Chinese, on the
 * same fields as Seat's index (title / keywords + questions / body).
 *
 * Tokenization: neither library segments Chinese. Both get Seat's own
 * bigram stream (each Han run as overlapping character bigrams, Latin and
 * digit runs whole) and Seat's normalization (NFKC, lower case,
 * traditional → simplified), so the comparison is of the engines, not of
 * tokenizers — and the peers handle traditional-character queries. What
 * they do not get is what Seat adds on top: word segmentation, synonyms,
 * the pinyin table and same-sound correction. Pinyin and initials queries
 * reach them as the raw letters.
 */
export interface PeerDocument {
  id: string;
  title: string;
  /** Keywords and questions, as in Seat's `terms` column. */
  terms: string;
  body: string;
}

export interface PeerEngine {
  name: string;
  /** How it is configured, for the report. */
  configuration: string;
  add(documents: readonly PeerDocument[]): void;
  /** The top `limit` document ids, best first. `typing`: the last word is still being typed. */
  search(query: string, limit: number, typing: boolean): string[];
}

const indexTokens = (text: string) => documentTokens(normalizeText(text));
// A query word ending a Han run is a phrase of its bigrams: no trailing lone
// character (Seat's queryPhraseTokens), except a 1-character query, which is that character.
const queryTokens = (text: string) => queryPhraseTokens(normalizeText(text)).map((token) => token.text);

/**
 * MiniSearch 7: BM25+ ranking, OR of the query's tokens (its default), the
 * usual `prefix: true, fuzzy: 0.2` — prefix makes a lone character match
 * every bigram it starts; fuzzy only reaches Latin words (0.2 × 2 rounds to
 * 0 edits for a bigram) — and title/keyword boosts like Seat's weights.
 */
export function createMiniSearchEngine(): PeerEngine {
  const index = new MiniSearch<PeerDocument>({
    fields: ['title', 'terms', 'body'],
    storeFields: [],
    tokenize: indexTokens,
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3, terms: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'OR', tokenize: queryTokens },
  });
  return {
    name: 'MiniSearch 7.2',
    configuration: 'bigram tokenize (Seat normalization), BM25+, OR, prefix: true, fuzzy: 0.2, boost title 3 / terms 2',
    add: (documents) => index.addAll(documents),
    search: (query, limit) => index.search(query).slice(0, limit).map((result) => String(result.id)),
  };
}

/**
 * FlexSearch 0.8 Document index with one field index per field, a custom
 * `encode` producing the bigram stream and `tokenize: 'forward'`, its
 * documented mode for search-as-you-type (each token also indexed by its
 * prefixes: a lone character finds every bigram it starts, and a query's
 * trailing character — 金 of 公积金 — finds 金提, 金贷, …). FlexSearch
 * applies one encoder to documents and queries alike. A query's tokens
 * must all match (its default), with `suggest: true` so a query whose
 * tokens are not all found still returns partial matches, as its docs
 * recommend for user input. It ranks by where in a field the tokens occur,
 * not by term statistics; `merge: true` lists title matches before keyword
 * matches before body matches.
 */
export function createFlexSearchEngine(): PeerEngine {
  const index = new Document({
    document: { id: 'id', index: ['title', 'terms', 'body'] },
    tokenize: 'forward',
    encode: indexTokens,
  } as ConstructorParameters<typeof Document>[0]);
  return {
    name: 'FlexSearch 0.8',
    configuration: "Document index, bigram encode (Seat normalization), tokenize 'forward', AND with suggest: true, merge (title > terms > body)",
    add: (documents) => {
      for (const document of documents) index.add(document as unknown as Parameters<typeof index.add>[0]);
    },
    search: (query, limit) => {
      const merged = index.search(query, { limit, suggest: true, merge: true } as never) as unknown as { id: string | number }[];
      return merged.slice(0, limit).map((entry) => String(entry.id));
    },
  };
}
