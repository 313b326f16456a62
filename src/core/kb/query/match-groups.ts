import type { PhraseToken } from '../index/bigram-tokens';
import type { DocumentStore, MatchRow } from '../index/document-store';
import { inColumns, matchExpression, type Phrase, type TermGroup } from './match-expression';

/**
 * Runs a query's term groups — AND for the strict tier, OR for the widened
 * one — choosing how by how many documents they can match.
 *
 * Most queries match a few hundred documents, and bm25 over all columns
 * ranks them in a few milliseconds. A broad query — a one-character word
 * (的, 区 of 密云区, 时 while 办理时 is typed), or only words that every
 * guide uses (办理 条件) — matches most documents of a large knowledge
 * base, and FTS5 computes bm25 for every matching row before it can order
 * them: 15–45 ms on 8,000 documents. Such words say little about a body,
 * so a broad query is ranked where a word says most — titles and keywords
 * (bm25 on those columns only: a few hundred rows) — and documents that
 * have the words only in their body follow unscored, read only when the
 * titles and keywords do not fill the page. Below `broadDocuments`
 * matches (every query of a small knowledge base, such as the relevance
 * set's) everything is ranked in full, as before.
 */
export interface GroupMatchOptions {
  /** Results the page needs (offset + limit). */
  wanted: number;
  /** Whether a document passes the search's filters: title hits filtered away do not fill the page. */
  passes: (docKey: number) => boolean;
  /** Documents containing an index token (DocumentStore.documentFrequency). */
  documentFrequency: (token: string) => number;
  /** Documents a query must be able to match to count as broad. */
  broadDocuments: number;
  /** Documents in the knowledge base: all that a one-character prefix can match. */
  documentCount: number;
}

/**
 * How many narrow words let a one-character word drop out of an AND. With
 * 1 (the bench's 2,400 searches): +89 MB RSS, whole-corpus nDCG@10 of the
 * colloquial queries 0.51. With 2 (a single narrow word keeps its
 * characters): +127 MB, 0.59, as before; latency within the targets both ways.
 */
const narrowWordsToDropOneCharacter = 1;

/** Titles and keywords (with questions and synonyms): the columns bm25 weighs most. */
const headColumns = ['title', 'terms'] as const;

export function matchGroups(store: DocumentStore, groups: readonly TermGroup[], operator: 'AND' | 'OR', options: GroupMatchOptions): MatchRow[] {
  const isBroad = (group: TermGroup) => groupReach(group, options) >= options.broadDocuments;
  const broad = groups.filter(isBroad);
  if (broad.length === 0) return store.match(matchExpression(groups, operator));
  if (operator === 'AND') {
    if (broad.length === groups.length) return headFirst(store, matchExpression(groups, 'AND'), options);
    // AND matches no more documents than its narrowest word does: ranked in
    // full. Beside narrow words, a one-character word is left out of the
    // SQL: it would cost a merge over every bigram it starts (time, and
    // ~35 MB of SQLite buffers kept over the bench's searches) to rule out
    // the few documents that lack so common a character. It is still
    // highlighted. The price is ranking: 有车堵在门口出不去了 then searches
    // 门口 alone (see narrowWordsToDropOneCharacter).
    const oneCharacter = (group: TermGroup) => isBroad(group) && group.alternatives.every(isHanPrefixOfOne);
    const narrowCount = groups.length - broad.length;
    const searched = narrowCount >= narrowWordsToDropOneCharacter ? groups.filter((group) => !oneCharacter(group)) : groups;
    return store.match(matchExpression(searched, 'AND'));
  }
  // Widening by OR: a broad word adds most documents and says next to
  // nothing about them. The other words are ranked; the broad ones only
  // fill up a page the others leave short, below them.
  const narrow = groups.filter((group) => !isBroad(group));
  const rows = narrow.length > 0 ? store.match(matchExpression(narrow, 'OR')) : [];
  const missing = options.wanted - passingCount(rows, options.passes);
  if (missing <= 0) return rows;
  const filler = headFirst(store, matchExpression(broad, 'OR'), { ...options, wanted: missing });
  return appendNew(rows, rows.length === 0 ? filler : filler.map((row) => ({ docKey: row.docKey, rank: 0 })));
}

/** Title and keyword hits ranked; body-only hits after them, unscored, only when the page needs them. */
function headFirst(store: DocumentStore, expression: string, options: GroupMatchOptions): MatchRow[] {
  const head = store.match(inColumns(expression, headColumns));
  if (passingCount(head, options.passes) >= options.wanted) return head;
  return appendNew(head, store.matchUnranked(expression));
}

/** At most how many documents a group can match: its widest alternative. */
function groupReach(group: TermGroup, options: GroupMatchOptions): number {
  return Math.max(0, ...group.alternatives.map((phrase) => phraseReach(phrase, options)));
}

/** A phrase matches no more documents than its rarest token is in. */
function phraseReach(phrase: Phrase, options: GroupMatchOptions): number {
  if (phrase.length === 0) return 0;
  return Math.min(...phrase.map((token) => tokenReach(token, options)));
}

function tokenReach(token: PhraseToken, options: GroupMatchOptions): number {
  // One Han character as a prefix stands for every bigram it starts: count it as everywhere.
  if (isHanPrefixOfOne([token])) return options.documentCount;
  // Any other prefix (a Latin word being typed) is not looked up: ranked in full, as before.
  if (token.prefix && !/^\p{Script=Han}{2}$/u.test(token.text)) return 0;
  return options.documentFrequency(token.text);
}

/** A phrase that is one Han character as a prefix: 的*, 区*. */
function isHanPrefixOfOne(phrase: Phrase): boolean {
  return phrase.length === 1 && phrase[0]!.prefix && /^\p{Script=Han}$/u.test(phrase[0]!.text);
}

function passingCount(rows: readonly MatchRow[], passes: (docKey: number) => boolean): number {
  let count = 0;
  for (const row of rows) if (passes(row.docKey)) count += 1;
  return count;
}

function appendNew(rows: readonly MatchRow[], more: readonly MatchRow[]): MatchRow[] {
  const seen = new Set(rows.map((row) => row.docKey));
  return [...rows, ...more.filter((row) => !seen.has(row.docKey))];
}
