import { readFileSync } from 'node:fs';
import { evaluateRun, type RunEntry } from '../../src/core/kb/eval/evaluate-run';
import { parseQrels, parseQueries, type RelevanceQuery } from '../../src/core/kb/eval/relevance-set';
import type { QualityResult, RelevanceFiles } from './kb-tasks';

type Run = (queries: readonly RelevanceQuery[]) => ReadonlyMap<string, RunEntry>;

/**
 * The relevance set scored with the project's own metrics
 * (src/core/kb/eval), twice: on the full corpus, where 7,890 generated
 * guides on the same topics compete with the judged answers, and on the
 * 110 demo documents alone, the set's own corpus (what npm test asserts).
 */
export function measureQuality(files: RelevanceFiles, onCorpus: Run, onDemo: Run): QualityResult {
  const queries = parseQueries(readFileSync(files.queries, 'utf8'), files.queries);
  const qrels = parseQrels(readFileSync(files.qrels, 'utf8'), files.qrels);
  const corpus = evaluateRun(queries, qrels, onCorpus(queries));
  const demo = evaluateRun(queries, qrels, onDemo(queries));
  return {
    corpus: corpus.overall,
    demo: demo.overall,
    ndcgByType: Object.fromEntries(Object.entries(corpus.byType).map(([type, metrics]) => [type, metrics.ndcg10])),
  };
}

/** A peer's run: the ids it returns, best first. */
export function peerRun(search: (query: string) => string[]): Run {
  return (queries) => new Map(queries.map((query) => [query.qid, { ranked: search(query.query), ms: 0 }]));
}
