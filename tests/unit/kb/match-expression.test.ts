import { describe, expect, it } from 'vitest';
import { matchExpression, quoteToken } from '../../../src/core/kb/query/match-expression';

describe('FTS5 match expressions', () => {
  it('quotes every token and doubles quotes inside it', () => {
    expect(quoteToken('a"b')).toBe('"a""b"');
  });

  it('joins phrase tokens with +, synonyms with OR and words with AND', () => {
    const expression = matchExpression(
      [
        {
          alternatives: [
            [
              { text: '社保', prefix: false },
            ],
            [
              { text: '社会', prefix: false },
              { text: '会保', prefix: false },
              { text: '保险', prefix: false },
            ],
          ],
        },
        { alternatives: [[{ text: '卡', prefix: true }]] },
      ],
      'AND',
    );
    expect(expression).toBe('("社保" OR "社会" + "会保" + "保险") AND "卡"*');
  });

  it('leaves out empty phrases and groups', () => {
    expect(matchExpression([{ alternatives: [[]] }, { alternatives: [[{ text: 'x', prefix: false }]] }], 'OR')).toBe('"x"');
    expect(matchExpression([], 'AND')).toBe('');
  });
});
