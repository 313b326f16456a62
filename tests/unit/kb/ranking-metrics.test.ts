import { describe, expect, it } from 'vitest';
import { evaluateRun } from '../../../src/core/kb/eval/evaluate-run';
import { dcgAtK, meanOf, ndcgAtK, recallAtK, reciprocalRankAtK, successAtK } from '../../../src/core/kb/eval/ranking-metrics';

const judged = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 0],
  ['d', 1],
]);

describe('ranking metrics (hand-computed)', () => {
  it('computes DCG with linear gains and a log2(rank + 1) discount', () => {
    // x (0) at 1, a (3) at 2, d (1) at 3: 0/1 + 3/log2(3) + 1/log2(4) = 1.892789 + 0.5
    expect(dcgAtK(['x', 'a', 'd'], judged, 10)).toBeCloseTo(3 / Math.log2(3) + 0.5, 10);
  });

  it('normalizes by the ideal ranking of all judged documents', () => {
    // ideal a, b, d: 3 + 2/log2(3) + 1/2 = 4.761859507
    const ideal = 3 + 2 / Math.log2(3) + 0.5;
    expect(ndcgAtK(['a', 'b', 'd'], judged, 10)).toBeCloseTo(1, 10);
    expect(ndcgAtK(['x', 'a', 'd'], judged, 10)).toBeCloseTo((3 / Math.log2(3) + 0.5) / ideal, 10);
    expect(ndcgAtK(['b', 'a'], judged, 10)).toBeCloseTo((2 + 3 / Math.log2(3)) / ideal, 10);
    expect(ndcgAtK([], judged, 10)).toBe(0);
  });

  it('only counts the top k', () => {
    expect(ndcgAtK(['x', 'a'], judged, 1)).toBe(0);
    expect(ndcgAtK(['a', 'x'], judged, 1)).toBe(1);
  });

  it('is undefined (NaN) for a query with nothing judged relevant', () => {
    expect(ndcgAtK(['a'], new Map([['a', 0]]), 10)).toBeNaN();
    expect(recallAtK(['a'], new Map(), 10)).toBeNaN();
  });

  it('computes reciprocal rank, success and recall with relevance = grade ≥ 1', () => {
    expect(reciprocalRankAtK(['x', 'c', 'd', 'a'], judged, 10)).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRankAtK(['x', 'c'], judged, 10)).toBe(0);
    expect(successAtK(['x', 'c', 'd'], judged, 3)).toBe(1);
    expect(successAtK(['x', 'c', 'd'], judged, 2)).toBe(0);
    expect(recallAtK(['a', 'x', 'd'], judged, 10)).toBeCloseTo(2 / 3, 10);
  });

  it('averages ignoring NaN', () => {
    expect(meanOf([1, Number.NaN, 0])).toBe(0.5);
    expect(meanOf([Number.NaN])).toBeNaN();
  });
});

describe('evaluateRun', () => {
  it('reports overall and per-type means and the zero-result rate over all queries', () => {
    const evaluation = evaluateRun(
      [
        { qid: 'q1', type: 'title', query: '甲' },
        { qid: 'q2', type: 'title', query: '乙' },
        { qid: 'q3', type: 'typo', query: '丙' },
      ],
      new Map([
        ['q1', new Map([['a', 3]])],
        ['q2', new Map([['b', 2]])],
        ['q3', new Map([['c', 1]])],
      ]),
      new Map([
        ['q1', { ranked: ['a'], ms: 1 }],
        ['q2', { ranked: ['x', 'b'], ms: 1 }],
        ['q3', { ranked: [], ms: 1 }],
      ]),
    );
    expect(evaluation.byType.title!.mrr10).toBeCloseTo(0.75, 10);
    expect(evaluation.byType.title!.ndcg10).toBeCloseTo((1 + 1 / Math.log2(3)) / 2, 10);
    expect(evaluation.byType.typo!.zeroResultRate).toBe(1);
    expect(evaluation.overall.mrr10).toBeCloseTo(0.5, 10);
    expect(evaluation.overall.success1).toBeCloseTo(1 / 3, 10);
    expect(evaluation.overall.zeroResultRate).toBeCloseTo(1 / 3, 10);
  });
});
