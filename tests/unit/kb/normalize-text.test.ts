import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets } from '../../../src/shared/text/normalize-text';

describe('normalizeText', () => {
  it('folds full-width letters, digits, punctuation and spaces to half-width and lower case', () => {
    expect(normalizeText('ＡＰＰ　１２３４５，（）')).toBe('app 12345,()');
    expect(normalizeText('WiFi')).toBe('wifi');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(normalizeText('住房公積金提取')).toBe('住房公积金提取');
    expect(normalizeText('養老金領取')).toBe('养老金领取');
    expect(normalizeText('電梯')).toBe('电梯');
  });

  it('leaves simplified text as it is', () => {
    const simplified = '老旧小区加装电梯补贴标准、每部电梯补贴24万元。';
    expect(normalizeText(simplified)).toBe(simplified);
  });

  it('maps compatibility forms (NFKC) and keeps combining marks with their letter', () => {
    expect(normalizeText('⼀')).toBe('一'); // Kangxi radical one
    expect(normalizeText('ｅ\u0301')).toBe('e');
  });

  it('drops diacritics from Latin letters, so pinyin with tone marks reads as typed pinyin', () => {
    expect(normalizeText('Gōng Jī Jīn lǜ')).toBe('gong ji jin lu');
    expect(normalizeText('São')).toBe('sao');
  });

  it('drops zero-width characters and turns control characters into spaces', () => {
    expect(normalizeText('公\u200b积\ufeff金')).toBe('公积金');
    expect(normalizeText('社\u0000保\u0007')).toBe('社 保 ');
    expect(normalizeText('line\nnext\tcell')).toBe('line\nnext\tcell');
  });

  it('keeps emoji and survives unpaired surrogates', () => {
    expect(normalizeText('电梯😀')).toBe('电梯😀');
    expect(normalizeText('a\ud800b')).toBe('a b');
  });
});

describe('normalizeWithOffsets', () => {
  it('normalizes exactly like normalizeText on real-world text', () => {
    const samples = [
      '住房公積金（ＧＪＪ）提取　２０２４年',
      'Gōng Jī Jīn lǜ São Ⅻ ㈱ ﬁle',
      '电\u0000梯\u0007\r\n\t补\u200b贴\u00a0标准\u2028第二行',
      '😀emoji 𠀀𠀁 \ud800 lone',
      '頭髮 發展 乾燥 後來 裡面 臺灣',
      'ＡＢＣ，。！？：；（）【】《》',
    ];
    for (const sample of samples) expect(normalizeWithOffsets(sample).text, sample).toBe(normalizeText(sample));
  });

  it('maps every normalized unit back to the original range it came from', () => {
    const original = 'ＡＢ公積金';
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe('ab公积金');
    const at = normalized.text.indexOf('积金');
    expect(original.slice(normalized.originStart[at]!, normalized.originEnd[at + 1]!)).toBe('積金');
  });

  it('maps a unit that NFKC expands to the one original character', () => {
    const original = '㈱公司'; // U+3231 → "(株)"
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe('(株)公司');
    expect(normalized.originStart[0]).toBe(0);
    expect(normalized.originEnd[2]).toBe(1);
    expect(normalized.originStart[3]).toBe(1);
  });

  it('maps astral characters by their two UTF-16 units', () => {
    const original = '😀社保';
    const normalized = normalizeWithOffsets(original);
    const at = normalized.text.indexOf('社保');
    expect(normalized.originStart[at]).toBe(2);
  });
});
