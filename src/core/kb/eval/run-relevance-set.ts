import type { KnowledgeBase } from '../knowledge-base';
import type { RunEntry } from './evaluate-run';
import type { RelevanceQuery } from './relevance-set';

/**
 * Runs every query of the relevance set through the real search, the way
 * an operator's final query runs: not as-you-type, no zero-result logging
 * (evaluation must not pollute the editors' list), top 10.
 */
export function runRelevanceSet(kb: KnowledgeBase, queries: readonly RelevanceQuery[], limit = 10): Map<string, RunEntry & { scores: number[] }> {
  const run = new Map<string, RunEntry & { scores: number[] }>();
  for (const query of queries) {
    const started = performance.now();
    const response = kb.search(query.query, { limit, withSnippets: false, logZeroResult: false });
    const ms = performance.now() - started;
    run.set(query.qid, {
      ranked: response.results.map((result) => result.id),
      scores: response.results.map((result) => result.score),
      ms,
    });
  }
  return run;
}
