import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../../src/core/kb/query/synonym-table';
import { parseDomainDictionary } from '../../../src/core/kb/query/domain-dictionary';

describe('synonyms.txt', () => {
  const { table, problems } = parseSynonyms(
    [
      '# comment',
      '社保 = 社会保险',
      '医保 = 医疗保险 = 基本医疗保险',
      '暂住证 -> 居住证',
      '居住证 = 居住卡',
      '临时居住证, 暂居证 => 居住证',
      '社保卡 = 社會保障卡  # traditional is normalized',
      'lonely',
      '-> 居住证',
    ].join('\n'),
  );

  it('expands equivalents both ways', () => {
    expect(table.expansions('社保')).toEqual(['社会保险']);
    expect(table.expansions('社会保险')).toEqual(['社保']);
    expect([...table.expansions('基本医疗保险')].sort()).toEqual(['医保', '医疗保险'].sort());
  });

  it('expands one-way rules only from left to right, one step', () => {
    expect(table.expansions('暂住证')).toEqual(['居住证']);
    expect(table.expansions('居住证')).toEqual(['居住卡']);
    expect(table.expansions('暂居证')).toEqual(['居住证']);
  });

  it('normalizes terms and lookups like queries', () => {
    expect(table.expansions('社保卡')).toEqual(['社会保障卡']);
    expect(table.expansions('社會保險')).toEqual(['社保']);
  });

  it('lists every term for the segmenter and reports unreadable lines', () => {
    expect(table.terms()).toContain('暂住证');
    expect(problems.map((problem) => problem.line)).toEqual([8, 9]);
  });
});

describe('dictionary.txt', () => {
  it('reads jieba user-dictionary lines', () => {
    const { entries, problems } = parseDomainDictionary('住房公积金 20000 n\n公积金\n# x\n加装电梯 vn\n');
    expect(entries).toEqual([
      { word: '住房公积金', frequency: 20000, tag: 'n' },
      { word: '公积金', frequency: null, tag: null },
      { word: '加装电梯', frequency: null, tag: 'vn' },
    ]);
    expect(problems).toEqual([]);
  });
});
