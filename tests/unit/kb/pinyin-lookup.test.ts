import { describe, expect, it } from 'vitest';
import { hanSyllables } from '../../../src/core/kb/pinyin/han-syllables';
import { pinyinLettersOf } from '../../../src/core/kb/pinyin/letter-query';
import { matchPinyinLetters } from '../../../src/core/kb/pinyin/match-pinyin-letters';
import { PinyinLexicon, type LexiconTerm } from '../../../src/core/kb/pinyin/pinyin-lexicon';

const gongjijin = ['gong', 'ji', 'jin'];

describe('pinyin letters', () => {
  it('recognizes letter-only queries, with spaces and apostrophes', () => {
    expect(pinyinLettersOf('gong ji jin')).toBe('gongjijin');
    expect(pinyinLettersOf("xi'an")).toBe('xian');
    expect(pinyinLettersOf('g')).toBeNull();
    expect(pinyinLettersOf('gjj1')).toBeNull();
    expect(pinyinLettersOf('公积金')).toBeNull();
  });

  it('reads multi-reading characters in context', () => {
    expect(hanSyllables('银行')).toEqual(['yin', 'hang']);
    expect(hanSyllables('行走')).toEqual(['xing', 'zou']);
    expect(hanSyllables('绿色')).toEqual(['lv', 'se']);
  });
});

describe('matchPinyinLetters', () => {
  it('matches full pinyin, initials and mixtures', () => {
    expect(matchPinyinLetters('gongjijin', gongjijin, false)).toBe('full');
    expect(matchPinyinLetters('gjj', gongjijin, false)).toBe('initials');
    expect(matchPinyinLetters('gongjj', gongjijin, false)).toBe('mixed');
  });

  it('accepts untyped trailing syllables only while typing', () => {
    expect(matchPinyinLetters('gongj', gongjijin, false)).toBeNull();
    expect(matchPinyinLetters('gongj', gongjijin, true)).toBe('partial');
    expect(matchPinyinLetters('gongjij', gongjijin, true)).toBe('full');
    expect(matchPinyinLetters('gong', gongjijin, false)).toBeNull();
    expect(matchPinyinLetters('gong', gongjijin, true)).toBe('partial');
  });

  it('rejects letters that are not in syllable order', () => {
    expect(matchPinyinLetters('jgj', gongjijin, true)).toBeNull();
    expect(matchPinyinLetters('gjjx', gongjijin, true)).toBeNull();
  });

  it('lets u stand for ü', () => {
    expect(matchPinyinLetters('luse', ['lv', 'se'], false)).toBe('full');
    expect(matchPinyinLetters('lu', ['lv'], false)).toBe('full');
    expect(matchPinyinLetters('su', ['se', 'lv'], true)).toBeNull();
    expect(matchPinyinLetters('slu', ['se', 'lv'], false)).toBe('mixed');
  });

  it('decides on the second letter alone whether the first syllable continues or the next begins', () => {
    expect(matchPinyinLetters('go', gongjijin, true)).toBe('partial');
    expect(matchPinyinLetters('gj', gongjijin, true)).toBe('partial');
    expect(matchPinyinLetters('ga', gongjijin, true)).toBeNull();
    expect(matchPinyinLetters('gj', ['gong'], true)).toBeNull();
    expect(matchPinyinLetters('xa', ['xi', 'an'], false)).toBe('initials');
  });
});

describe('PinyinLexicon', () => {
  const term = (text: string, source: LexiconTerm['source']): LexiconTerm => ({ term: text, source, syllables: hanSyllables(text) });

  it('finds the terms letters spell, most used first, and only terms documents use', () => {
    const lexicon = new PinyinLexicon();
    lexicon.add([term('公积金', 'keyword'), term('公积金', 'keyword'), term('攻击界', 'title'), term('工具架', 'resource')]);
    expect(lexicon.spelledBy('gjj', { allowUntyped: false, limit: 5 }).map((candidate) => candidate.term)).toEqual(['公积金', '攻击界']);
    expect(lexicon.spelledBy('gongjijin', { allowUntyped: false, limit: 5 })[0]?.term).toBe('公积金');
  });

  it('finds same-sounding terms for "did you mean"', () => {
    const lexicon = new PinyinLexicon();
    lexicon.add([term('公积金', 'keyword')]);
    expect(lexicon.soundsLike('公基金', hanSyllables('公基金'))).toEqual(['公积金']);
    expect(lexicon.soundsLike('公积金', hanSyllables('公积金'))).toEqual([]);
  });

  it('forgets a term when its last document goes', () => {
    const lexicon = new PinyinLexicon();
    lexicon.add([term('医保', 'keyword'), term('医保', 'keyword')]);
    lexicon.remove([term('医保', 'keyword')]);
    expect(lexicon.has('医保')).toBe(true);
    lexicon.remove([term('医保', 'keyword')]);
    expect(lexicon.has('医保')).toBe(false);
  });

  it('weighs a term the documents do not use by its synonyms', () => {
    const lexicon = new PinyinLexicon();
    lexicon.add([term('社会保险', 'keyword'), term('设备', 'keyword'), term('社保', 'resource')]);
    lexicon.synonymsOf = (text) => (text === '社保' ? ['社会保险'] : []);
    expect(lexicon.documentWeight('社保')).toBe(2);
    expect(lexicon.spelledBy('sb', { allowUntyped: false, limit: 5 }).map((candidate) => candidate.term)).toContain('社保');
  });
});
