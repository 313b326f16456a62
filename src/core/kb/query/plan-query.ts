import { normalizeText } from '../../../shared/text/normalize-text';
import { queryPhraseTokens, type PhraseToken } from '../index/bigram-tokens';
import { textRuns } from '../index/text-runs';
import { pinyinLettersOf } from '../pinyin/letter-query';
import type { PinyinLexicon } from '../pinyin/pinyin-lexicon';
import { districtNamedBy } from './beijing-districts';
import type { Phrase, TermGroup } from './match-expression';
import type { QueryPlan } from './query-plan';
import type { Segmenter } from './segmenter';
import { stopWords } from './stop-words';
import type { SynonymTable } from './synonym-table';

export interface QueryContext {
  segmenter: Segmenter;
  synonyms: SynonymTable;
  lexicon: PinyinLexicon;
}

export interface PlanOptions {
  /** The operator is still typing: the last word may be incomplete. */
  asYouType: boolean;
}

// A 10,000-character paste is cut long before normalization; what survives
// is still far more than anyone types during a call.
const maxRawChars = 1_000;
const maxNormalizedChars = 120;
const maxGroups = 12;
const maxPinyinTerms = 6;

/** Turns what the operator typed into the words, synonyms and phrases to search. */
export function planQuery(raw: string, context: QueryContext, options: PlanOptions): QueryPlan {
  const normalized = capLength(normalizeText(raw.slice(0, maxRawChars)).replace(/\s+/g, ' ').trim());
  const empty: QueryPlan = { normalized, kind: 'empty', words: [], groups: [], widerGroups: [], highlightTerms: [], district: null };
  if (textRuns(normalized).length === 0) return empty;

  const letters = pinyinLettersOf(normalized);
  if (letters !== null) {
    const pinyinPlan = planPinyin(normalized, letters, context, options);
    if (pinyinPlan) return pinyinPlan;
  }
  return planText(normalized, context, options);
}

/**
 * Letters only: the term they most likely spell (with its synonyms) is the
 * strict query; the other terms they spell, and the letters themselves
 * (APP, ETC, wifi are also real words), are searched below it.
 */
function planPinyin(normalized: string, letters: string, context: QueryContext, options: PlanOptions): QueryPlan | null {
  const candidates = context.lexicon.spelledBy(letters, { allowUntyped: options.asYouType, limit: maxPinyinTerms });
  if (candidates.length === 0) return null;
  const terms = candidates.map((candidate) => candidate.term);
  const withSynonyms = (term: string) => [term, ...context.synonyms.expansions(term)];
  const literal = normalized.replace(/'/g, ' ');
  const best = withoutContaining(withSynonyms(terms[0]!));
  const all = withoutContaining([...terms.flatMap(withSynonyms), literal]);
  const phrases = (list: readonly string[]): Phrase[] => list.map((term) => queryPhraseTokens(term)).filter((phrase) => phrase.length > 0);
  return {
    normalized,
    kind: 'pinyin',
    words: terms,
    groups: [{ alternatives: phrases(best) }],
    widerGroups: [{ alternatives: phrases(all) }],
    highlightTerms: [...all, ...literal.split(' ')],
    district: null,
  };
}

function planText(normalized: string, context: QueryContext, options: PlanOptions): QueryPlan {
  const segmented = context.segmenter
    .cut(normalized)
    .map((word) => word.trim())
    .filter((word) => textRuns(word).length > 0);
  let district: string | null = null;
  const topical = segmented.filter((word) => {
    const named = districtNamedBy(word);
    if (named === null) return true;
    district ??= named;
    return false;
  });
  const content = topical.filter((word) => !stopWords.has(word));
  // A query of only stop words or only a district name is searched as typed.
  const chosen = content.length > 0 ? content : topical.length > 0 ? topical : segmented;
  if (chosen === segmented) district = null;
  const words = [...new Set(chosen)].slice(0, maxGroups);
  const stillTyping = options.asYouType && !/\s$/.test(normalized);

  const highlightTerms = new Set<string>();
  const groups: TermGroup[] = [];
  const widerGroups: TermGroup[] = [];
  words.forEach((word, index) => {
    const isLast = index === words.length - 1 && word === chosen[chosen.length - 1];
    const typed = withPrefixEnd(queryPhraseTokens(word), stillTyping && isLast);
    highlightTerms.add(word);
    // Pinyin inside a Chinese query (gjj提取): the letters also stand for the term they spell.
    const letters = pinyinLettersOf(word);
    const spelled = letters === null ? [] : context.lexicon.spelledBy(letters, { allowUntyped: false, limit: 2 }).map((candidate) => candidate.term);
    const synonyms = [...spelled, ...context.synonyms.expansions(word), ...spelled.flatMap((term) => context.synonyms.expansions(term))];
    for (const synonym of synonyms) highlightTerms.add(synonym);
    // A synonym containing the word (公积金 → 住房公积金) can only match
    // documents the word matches already; searching it too costs time.
    const needed = withoutContaining([word, ...synonyms]);
    const alternatives = [typed, ...needed.slice(1).map((synonym) => queryPhraseTokens(synonym))];
    groups.push({ alternatives });
    const inner = withoutContaining([...needed, ...innerWords(word, context)]).filter((term) => !needed.includes(term));
    widerGroups.push({ alternatives: [...alternatives, ...inner.map((inside) => queryPhraseTokens(inside))] });
  });
  if (district !== null) highlightTerms.add(district);
  return { normalized, kind: 'text', words, groups, widerGroups, highlightTerms: [...highlightTerms], district };
}

/**
 * Drops every term that contains another of the terms: any document
 * matching the longer one matches the shorter (their bigrams are a
 * superset). The first term (what was typed) is always kept.
 */
function withoutContaining(terms: readonly string[]): string[] {
  const unique = [...new Set(terms)];
  return unique.filter((term, index) => index === 0 || !unique.some((other) => other !== term && term.includes(other)));
}

/** The 2+ character words inside a longer word, per jieba's search mode (not the word itself). */
function innerWords(word: string, context: QueryContext): string[] {
  if (Array.from(word).length < 3) return [];
  return [...new Set(context.segmenter.cutForSearch(word))].filter(
    (inside) => inside !== word && Array.from(inside).length >= 2 && !stopWords.has(inside) && textRuns(inside).length > 0,
  );
}

function withPrefixEnd(phrase: PhraseToken[], prefix: boolean): PhraseToken[] {
  if (!prefix || phrase.length === 0) return phrase;
  return phrase.map((token, index) => (index === phrase.length - 1 ? { ...token, prefix: true } : token));
}

function capLength(text: string): string {
  if (text.length <= maxNormalizedChars) return text;
  // Cut at a space when one is near, and never inside a surrogate pair.
  let cut = text.slice(0, maxNormalizedChars);
  const space = cut.lastIndexOf(' ');
  if (space > maxNormalizedChars * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\ud800-\udbff]$/, '');
}
