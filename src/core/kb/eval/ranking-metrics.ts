/**
 * Ranking metrics as trec_eval defines them, so numbers compare with the
 * literature:
 *   - nDCG@k: gain = the grade itself (trec_eval's default, linear gains),
 *     discount 1/log2(rank + 1), ideal ranking = all judged grades sorted
 *     descending (so relevant documents the run never returned still count).
 *   - A document is "relevant" for MRR, Success and Recall when its grade is
 *     ≥ 1 (trec_eval's default relevance level). Grade 1 in our set means
 *     "useful but not the answer" (e.g. the expired version of the policy);
 *     the graded nDCG is what rewards putting the grade-3 answer first.
 * `ranked` is the run's document ids, best first; `judged` maps id → grade;
 * unjudged documents count as grade 0.
 */
export const relevantGrade = 1;

export function dcgAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, index) => {
    dcg += (judged.get(id) ?? 0) / Math.log2(index + 2);
  });
  return dcg;
}

/** NaN when nothing is judged relevant (such queries are left out of the mean, as trec_eval does). */
export function ndcgAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  const idealOrder = [...judged]
    .filter(([, grade]) => grade > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
  const ideal = dcgAtK(idealOrder, judged, k);
  return ideal === 0 ? Number.NaN : dcgAtK(ranked, judged, k) / ideal;
}

export function reciprocalRankAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  const index = ranked.slice(0, k).findIndex((id) => (judged.get(id) ?? 0) >= relevantGrade);
  return index < 0 ? 0 : 1 / (index + 1);
}

export function successAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  return ranked.slice(0, k).some((id) => (judged.get(id) ?? 0) >= relevantGrade) ? 1 : 0;
}

/** NaN when nothing is judged relevant. */
export function recallAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...judged.values()].filter((grade) => grade >= relevantGrade).length;
  if (relevant === 0) return Number.NaN;
  return ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) >= relevantGrade).length / relevant;
}

/** Mean of the numbers that are not NaN; NaN when there are none. */
export function meanOf(values: readonly number[]): number {
  const counted = values.filter((value) => !Number.isNaN(value));
  return counted.length === 0 ? Number.NaN : counted.reduce((sum, value) => sum + value, 0) / counted.length;
}
