import { describe, expect, it } from 'vitest';
import { documentTokens, queryPhraseTokens } from '../../../src/core/kb/index/bigram-tokens';
import { textRuns } from '../../../src/core/kb/index/text-runs';

describe('textRuns', () => {
  it('separates Han runs from letter/digit runs and drops punctuation and emoji', () => {
    expect(textRuns('2024年公积金、app😀x').map((run) => [run.kind, run.text, run.start])).toEqual([
      ['word', '2024', 0],
      ['han', '年公积金', 4],
      ['word', 'app', 9],
      ['word', 'x', 14],
    ]);
  });
});

describe('documentTokens', () => {
  it('indexes a Han run as overlapping bigrams plus its last character', () => {
    expect(documentTokens('公积金提取')).toEqual(['公积', '积金', '金提', '提取', '取']);
  });

  it('keeps a one-character run and letter/digit runs whole', () => {
    expect(documentTokens('房 wifi 12345热线')).toEqual(['房', 'wifi', '12345', '热线', '线']);
  });

  it('produces nothing for text without letters, digits or Han', () => {
    expect(documentTokens('，。！😀 —')).toEqual([]);
  });
});

describe('queryPhraseTokens', () => {
  it('matches a word as its bigrams without the trailing single character', () => {
    expect(queryPhraseTokens('公积金')).toEqual([
      { text: '公积', prefix: false },
      { text: '积金', prefix: false },
    ]);
  });

  it('makes a lone Han character at the end a prefix token', () => {
    expect(queryPhraseTokens('房')).toEqual([{ text: '房', prefix: true }]);
    expect(queryPhraseTokens('5g站')).toEqual([
      { text: '5g', prefix: false },
      { text: '站', prefix: true },
    ]);
  });

  it('keeps the last character of a Han run that a letter/digit run follows, as the document stream has it', () => {
    expect(queryPhraseTokens('基站5g').map((token) => token.text)).toEqual(['基站', '站', '5g']);
    const document = documentTokens('基站5g');
    expect(document.join(' ')).toContain('基站 站 5g');
  });
});
