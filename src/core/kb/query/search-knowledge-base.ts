import { cityWideDistrict } from '../document/kb-document';
import { queryPhraseTokens } from '../index/bigram-tokens';
import type { MatchRow } from '../index/document-store';
import { documentMetadata, isExpired, type DocumentSummary } from '../index/document-summary';
import type { KnowledgeIndex } from '../index/knowledge-index';
import type { ZeroResultLog } from '../zero-results/zero-result-log';
import { sameSoundCorrection } from './did-you-mean';
import { countFacets } from './facets';
import { highlightRanges } from './highlight-ranges';
import { matchExpression, type TermGroup } from './match-expression';
import { matchGroups, type GroupMatchOptions } from './match-groups';
import { planQuery, type QueryContext } from './plan-query';
import type { QueryPlan } from './query-plan';
import { allFiltersPass, searchFilter, type FilterBits } from './search-filters';
import type { DidYouMean, SearchOptions, SearchResponse, SearchResult } from './search-types';
import { buildSnippet } from './snippet';

export interface SearchDependencies {
  index: KnowledgeIndex;
  context: QueryContext;
  zeroResults: ZeroResultLog;
  /** Overrides broadDocuments (tests of the broad-query plan on a small knowledge base). */
  broadDocuments?: number;
}

/** Fewer hits than this from the strict (AND) query and the search widens: correction, then OR. */
export const minStrictResults = 3;
const defaultLimit = 10;
// Evaluation and substring-recall checks need every match of a small corpus.
const maxLimit = 1000;
// A query that can match this many documents is ranked by titles and
// keywords first (match-groups.ts). Below it, bm25 over every match takes
// a few milliseconds at most.
export const broadDocuments = 2000;

// A query naming a district prefers that district's documents, keeps
// city-wide ones, and pushes other districts' variants down. A query naming
// none prefers the city-wide rule, which applies to every caller.
const ownDistrictBoost = 1.25;
const otherDistrictFactor = 0.6;
const unaskedDistrictFactor = 0.9;
// Documents not in force rank below current ones of similar relevance:
// within a tier an expired document counts half. A strict order (every
// current document first) would bury the expired version of the very
// policy asked about under unrelated current documents from the OR tier;
// expired results are always marked as such.
const expiredFactor = 0.5;

interface Candidate {
  summary: DocumentSummary;
  /** 0: strict match of what is shown; higher: widened searches, ranked below. */
  tier: number;
  score: number;
  expired: boolean;
  filterBits: FilterBits;
}

/**
 * The query pipeline: plan → strict AND match → same-sound correction and
 * OR widening when too few → rank (tier, then bm25 adjusted for district
 * and for documents no longer in force) → filters and facets →
 * highlights and snippets on the original text. Never throws on input.
 */
export function searchKnowledgeBase(deps: SearchDependencies, raw: string, options: SearchOptions = {}): SearchResponse {
  const started = performance.now();
  const now = options.now ?? Date.now();
  const asYouType = options.asYouType ?? false;
  const plan = planQuery(typeof raw === 'string' ? raw : '', deps.context, { asYouType });
  const limit = Math.max(1, Math.min(maxLimit, Math.floor(options.limit ?? defaultLimit)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));

  const filterBitsOf = searchFilter(options);
  const groupOptions: GroupMatchOptions = {
    wanted: offset + limit,
    passes: (docKey) => {
      const summary = deps.index.summary(docKey);
      return summary !== undefined && filterBitsOf(summary) === allFiltersPass;
    },
    documentFrequency: (token) => deps.index.store.documentFrequency(token),
    broadDocuments: deps.broadDocuments ?? broadDocuments,
    documentCount: deps.index.documentCount(),
  };
  const { tiers, shownPlan, didYouMean } = matchInTiers(deps, plan, asYouType, groupOptions);
  const district = shownPlan.district ?? options.district?.trim() ?? null;
  const candidates = scoreCandidates(deps.index, tiers, district, filterBitsOf, now);
  const filtered = candidates.filter((candidate) => candidate.filterBits === allFiltersPass);
  const highlightTerms = [...new Set([...shownPlan.highlightTerms, ...(didYouMean?.applied ? plan.highlightTerms : [])])];
  const withSnippets = options.withSnippets ?? true;
  const results = withMonotonicScores(topCandidates(filtered, offset + limit))
    .slice(offset)
    .map((candidate) => toResult(deps, candidate, highlightTerms, withSnippets, now));

  if (filtered.length === 0 && plan.kind !== 'empty' && (options.logZeroResult ?? !asYouType)) {
    deps.zeroResults.record(plan.normalized, now);
  }
  return {
    query: plan.normalized,
    interpretedAs: { kind: shownPlan.kind, words: shownPlan.words, district: shownPlan.district },
    results,
    total: filtered.length,
    facets: countFacets(candidates),
    didYouMean,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

function matchInTiers(deps: SearchDependencies, plan: QueryPlan, asYouType: boolean, groupOptions: GroupMatchOptions) {
  const { store } = deps.index;
  const tiers: MatchRow[][] = [];
  let shownPlan = plan;
  let didYouMean: DidYouMean | null = null;
  if (plan.kind === 'empty') return { tiers, shownPlan, didYouMean };
  const strictOf = (groups: readonly TermGroup[]) => matchGroups(store, groups, 'AND', groupOptions);

  // A stray character (公 of 公基金) signals a typo before any SQL runs;
  // otherwise a strict query that finds too little is the signal.
  let strict = hasStrayCharacter(plan) ? null : strictOf(plan.groups);
  if (plan.kind === 'text' && (strict === null || strict.length < minStrictResults)) {
    const correction = sameSoundCorrection(plan.normalized, {
      lexicon: deps.index.lexicon,
      segmenter: deps.context.segmenter,
      occursInDocuments: (text) => store.match(matchExpression([{ alternatives: [queryPhraseTokens(text)] }], 'AND'), 1).length > 0,
    });
    if (correction !== null) {
      const correctedPlan = planQuery(correction, deps.context, { asYouType });
      const corrected = strictOf(correctedPlan.groups);
      strict ??= corrected.length >= groupOptions.wanted ? [] : strictOf(plan.groups);
      // The correction replaced text that is no word and that no document
      // contains with a same-sounding term the documents use: when it finds
      // anything (or the typed query found nothing either), show its
      // results first and widen with its words, not the typo's. The typed
      // query's own matches follow in the next tier.
      if (corrected.length > 0 || strict.length === 0) {
        tiers.push(corrected);
        shownPlan = correctedPlan;
        didYouMean = { text: correction, applied: true };
      }
    }
  }
  tiers.push(strict ?? strictOf(plan.groups));

  const found = distinctCount(tiers);
  const widens = matchExpression(shownPlan.widerGroups, 'OR') !== matchExpression(shownPlan.groups, 'AND');
  // Pinyin always shows the other readings below the likeliest (when the
  // page is not full already); text widens only when the strict query
  // found too little.
  const widen = shownPlan.kind === 'pinyin' ? found < groupOptions.wanted : found < minStrictResults;
  if (widens && widen) tiers.push(matchGroups(store, shownPlan.widerGroups, 'OR', groupOptions));
  return { tiers, shownPlan, didYouMean };
}

/**
 * A single character the segmenter left on its own (公 of 公基金) is the
 * usual trace of a mistyped word: the segmenter could not place it in any word.
 */
function hasStrayCharacter(plan: QueryPlan): boolean {
  return plan.kind === 'text' && plan.words.some((word) => word.length === 1 && /\p{Script=Han}/u.test(word));
}

function distinctCount(tiers: readonly MatchRow[][]): number {
  if (tiers.length === 1) return tiers[0]!.length;
  return new Set(tiers.flat().map((row) => row.docKey)).size;
}

function scoreCandidates(
  index: KnowledgeIndex,
  tiers: readonly MatchRow[][],
  district: string | null,
  filterBitsOf: (summary: DocumentSummary) => FilterBits,
  now: number,
): Candidate[] {
  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  tiers.forEach((rows, tier) => {
    for (const row of rows) {
      if (seen.has(row.docKey)) continue;
      seen.add(row.docKey);
      const summary = index.summary(row.docKey);
      if (!summary) continue;
      const districtFactor =
        summary.district === cityWideDistrict
          ? 1
          : district === null
            ? unaskedDistrictFactor
            : summary.district === district
              ? ownDistrictBoost
              : otherDistrictFactor;
      const expired = isExpired(summary, now);
      // bm25() is smaller for better matches; flip it so bigger is better.
      const score = -row.rank * districtFactor * (expired ? expiredFactor : 1);
      candidates.push({ summary, tier, score, expired, filterBits: filterBitsOf(summary) });
    }
  });
  return candidates;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.tier - b.tier || b.score - a.score || Number(a.expired) - Number(b.expired) || a.summary.docKey - b.summary.docKey;
}

/**
 * The best `count` candidates in order. A broad query matches thousands of
 * documents but shows ten: keeping a small sorted list is cheaper than
 * sorting them all.
 */
function topCandidates(candidates: readonly Candidate[], count: number): Candidate[] {
  if (candidates.length <= count * 4) return [...candidates].sort(compareCandidates).slice(0, count);
  const top: Candidate[] = [];
  for (const candidate of candidates) {
    if (top.length === count && compareCandidates(candidate, top[count - 1]!) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareCandidates(top[middle]!, candidate) <= 0) low = middle + 1;
      else high = middle;
    }
    top.splice(low, 0, candidate);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * Scores as shown: never higher than the result above. A widened tier's
 * bm25 can exceed the strict tier's (more words matched loosely), and
 * anyone re-sorting results by score must get the same order back.
 */
function withMonotonicScores(ranked: readonly Candidate[]): Candidate[] {
  let ceiling = Number.POSITIVE_INFINITY;
  return ranked.map((candidate) => {
    const score = Math.min(candidate.score, ceiling);
    ceiling = score;
    return score === candidate.score ? candidate : { ...candidate, score };
  });
}

function toResult(deps: SearchDependencies, candidate: Candidate, terms: readonly string[], withSnippets: boolean, now: number): SearchResult {
  const { summary } = candidate;
  return {
    ...documentMetadata(summary, now),
    score: Math.round(candidate.score * 10_000) / 10_000,
    titleHighlights: withSnippets ? highlightRanges(summary.title, terms) : [],
    snippet: withSnippets ? buildSnippet(deps.index.store.bodyText(summary.docKey), terms) : null,
  };
}
