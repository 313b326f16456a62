import { describe, expect, it } from 'vitest';
import { hanSyllables } from '../../../src/core/kb/pinyin/han-syllables';
import { PinyinLexicon } from '../../../src/core/kb/pinyin/pinyin-lexicon';
import { sameSoundCorrection } from '../../../src/core/kb/query/did-you-mean';
import { createSegmenter } from '../../../src/core/kb/query/segmenter';

describe('same-sound correction', () => {
  const segmenter = createSegmenter();
  const lexicon = new PinyinLexicon();
  lexicon.add(['公积金', '医保', '异地就医', '基金'].map((term) => ({ term, source: 'keyword' as const, syllables: hanSyllables(term) })));
  const context = (inDocuments: readonly string[] = []) => ({ lexicon, segmenter, occursInDocuments: (text: string) => inDocuments.includes(text) });

  it('replaces a non-word with the same-sounding term the documents use', () => {
    expect(sameSoundCorrection('公基金', context())).toBe('公积金');
    expect(sameSoundCorrection('医宝怎么报销', context())).toBe('医保怎么报销');
    expect(sameSoundCorrection('异地就一 2024', context())).toBe('异地就医 2024');
  });

  it('leaves known words and correct queries alone', () => {
    expect(sameSoundCorrection('公积金', context())).toBeNull();
    expect(sameSoundCorrection('基金', context())).toBeNull();
    expect(sameSoundCorrection('gjj', context())).toBeNull();
  });

  it('leaves text alone that the documents contain as written (names, places)', () => {
    expect(sameSoundCorrection('公基金', context(['公基金']))).toBeNull();
  });
});
