import { describe, expect, it } from 'vitest';
import { WordSegmenter } from '../../../src/core/kb/query/word-segmenter';
import { createSegmenter } from '../../../src/core/kb/query/segmenter';

function segmenterWith(words: Record<string, number>): WordSegmenter {
  const segmenter = new WordSegmenter();
  for (const [word, frequency] of Object.entries(words)) segmenter.addWord(word, frequency);
  return segmenter;
}

describe('WordSegmenter (jieba without its HMM)', () => {
  it('takes the most probable path through the dictionary words', () => {
    const segmenter = segmenterWith({ 住房: 2000, 公积金: 500, 住: 100, 房: 100, 公: 100, 积: 10, 金: 100, 提取: 800 });
    expect(segmenter.cut('住房公积金提取')).toEqual(['住房', '公积金', '提取']);
  });

  it('keeps a word whole only when it is likelier than its pieces', () => {
    const pieces = segmenterWith({ 加装: 50, 电梯: 900, 加: 5000, 装: 3000 });
    expect(pieces.cut('加装电梯')).toEqual(['加', '装', '电梯']);
    pieces.addWord('加装电梯', 20_000);
    expect(pieces.cut('加装电梯')).toEqual(['加装电梯']);
  });

  it('gives characters it does not know one by one, keeps letter and digit runs whole, and loses no text', () => {
    const segmenter = segmenterWith({ 电梯: 900 });
    const text = '老楼ETC电梯12345, 补贴！';
    const words = segmenter.cut(text);
    expect(words).toEqual(['老', '楼', 'ETC', '电梯', '12345', ',', ' ', '补', '贴', '！']);
    expect(words.join('')).toBe(text);
  });

  it('adds the dictionary words inside longer words in search mode', () => {
    const segmenter = segmenterWith({ 住房公积金: 20_000, 住房: 2000, 公积: 50, 公积金: 500 });
    expect(segmenter.cutForSearch('住房公积金')).toEqual(['住房', '公积', '公积金', '住房公积金']);
  });

  it('treats the beginnings it keeps for lookup as no words', () => {
    const segmenter = segmenterWith({ 公积金: 500 });
    expect(segmenter.has('公积金')).toBe(true);
    expect(segmenter.has('公积')).toBe(false);
    expect(segmenter.cut('公积')).toEqual(['公', '积']);
  });
});

describe('createSegmenter (general words + ours)', () => {
  it('knows everyday words from the general dictionary and words added later', () => {
    const segmenter = createSegmenter();
    expect(segmenter.cut('老人不会用手机怎么挂号')).toEqual(['老人', '不会', '用', '手机', '怎么', '挂号']);
    expect(segmenter.isWord('电动车上牌')).toBe(false);
    segmenter.addWords([{ word: '电动车上牌' }]);
    expect(segmenter.isWord('电动车上牌')).toBe(true);
  });
});
