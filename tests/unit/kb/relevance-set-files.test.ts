import { describe, expect, it } from 'vitest';
import { parseQrels, parseQueries, RelevanceSetError } from '../../../src/core/kb/eval/relevance-set';

describe('relevance set files', () => {
  it('reads QUERIES.tsv lines, keeping spaces inside the query and skipping comments', () => {
    expect(parseQueries('# header\nq1\tpinyin\tgong ji jin\n\nq2\ttitle\t居住证\n')).toEqual([
      { qid: 'q1', type: 'pinyin', query: 'gong ji jin' },
      { qid: 'q2', type: 'title', query: '居住证' },
    ]);
  });

  it('reads TREC qrels', () => {
    const qrels = parseQrels('q1 0 doc-a 3\nq1 0 doc-b 0\nq2\t0\tdoc-c\t1\n');
    expect(qrels.get('q1')).toEqual(new Map([['doc-a', 3], ['doc-b', 0]]));
    expect(qrels.get('q2')?.get('doc-c')).toBe(1);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseQueries('q1\tonly-two')).toThrow(RelevanceSetError);
    expect(() => parseQueries('q1\tt\ta\nq1\tt\tb')).toThrow(/:2: duplicate qid q1/);
    expect(() => parseQrels('q1 0 doc 4')).toThrow(/qrels:1/);
    expect(() => parseQrels('q1 0 doc 1\nq1 0 doc 2')).toThrow(/judges doc twice/);
  });
});
