import { meanOf, ndcgAtK, reciprocalRankAtK, recallAtK, successAtK } from './ranking-metrics';
import type { Qrels, RelevanceQuery } from './relevance-set';

/**
 * Scores a run (each query's ranked document ids) against the qrels,
 * overall and per query type. Queries with no relevant judgment count only
 * towards the zero-result rate.
 */
export interface MetricSet {
  queries: number;
  /** Queries with at least one document judged relevant: the denominator of the ranking metrics. */
  judgedQueries: number;
  ndcg10: number;
  mrr10: number;
  success1: number;
  success3: number;
  recall10: number;
  zeroResultRate: number;
}

export interface QueryOutcome {
  qid: string;
  type: string;
  query: string;
  ranked: string[];
  ndcg10: number;
  rr10: number;
  success1: number;
  success3: number;
  recall10: number;
  ms: number;
}

export interface Evaluation {
  overall: MetricSet;
  byType: Record<string, MetricSet>;
  perQuery: QueryOutcome[];
}

export interface RunEntry {
  ranked: string[];
  ms: number;
}

export function evaluateRun(queries: readonly RelevanceQuery[], qrels: Qrels, run: ReadonlyMap<string, RunEntry>): Evaluation {
  const perQuery = queries.map((query): QueryOutcome => {
    const judged = qrels.get(query.qid) ?? new Map<string, number>();
    const entry = run.get(query.qid) ?? { ranked: [], ms: 0 };
    const hasRelevant = [...judged.values()].some((grade) => grade > 0);
    const ifJudged = (value: number) => (hasRelevant ? value : Number.NaN);
    return {
      qid: query.qid,
      type: query.type,
      query: query.query,
      ranked: entry.ranked,
      ndcg10: ndcgAtK(entry.ranked, judged, 10),
      rr10: ifJudged(reciprocalRankAtK(entry.ranked, judged, 10)),
      success1: ifJudged(successAtK(entry.ranked, judged, 1)),
      success3: ifJudged(successAtK(entry.ranked, judged, 3)),
      recall10: recallAtK(entry.ranked, judged, 10),
      ms: entry.ms,
    };
  });
  const byType: Record<string, MetricSet> = {};
  for (const type of [...new Set(queries.map((query) => query.type))].sort()) {
    byType[type] = summarize(perQuery.filter((outcome) => outcome.type === type));
  }
  return { overall: summarize(perQuery), byType, perQuery };
}

function summarize(outcomes: readonly QueryOutcome[]): MetricSet {
  return {
    queries: outcomes.length,
    judgedQueries: outcomes.filter((outcome) => !Number.isNaN(outcome.ndcg10)).length,
    ndcg10: meanOf(outcomes.map((outcome) => outcome.ndcg10)),
    mrr10: meanOf(outcomes.map((outcome) => outcome.rr10)),
    success1: meanOf(outcomes.map((outcome) => outcome.success1)),
    success3: meanOf(outcomes.map((outcome) => outcome.success3)),
    recall10: meanOf(outcomes.map((outcome) => outcome.recall10)),
    zeroResultRate: outcomes.length === 0 ? Number.NaN : outcomes.filter((outcome) => outcome.ranked.length === 0).length / outcomes.length,
  };
}
