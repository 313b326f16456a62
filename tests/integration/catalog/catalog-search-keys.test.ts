import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogSearchKeys } from '../../../src/core/catalog/catalog-search-keys';
import { demoCatalogFile } from '../../../src/core/catalog/demo-catalog-file';
import { loadCatalog } from '../../../src/core/catalog/load-catalog';
import { pinyinSearchKey } from '../../../src/core/catalog/pinyin-search-key';

describe('pinyin search keys', () => {
  it('writes toneless pinyin and initials, one space between the texts of an entry', () => {
    expect(pinyinSearchKey(['公积金', '住房公积金'])).toEqual({ pinyin: 'gongjijin zhufanggongjijin', initials: 'gjj zfgjj' });
  });

  it('reads multi-reading characters in context and writes ü as v', () => {
    expect(pinyinSearchKey(['银行', '行长', '重庆', '长安街', '绿化']).pinyin).toBe('yinhang hangzhang chongqing changanjie lvhua');
  });

  it('keeps Latin letters and digits, lower-cased and half-width, and drops punctuation and duplicates', () => {
    expect(pinyinSearchKey(['12345热线', 'ＥＴＣ（高速）', '12345热线', '·'])).toEqual({
      pinyin: '12345rexian etcgaosu',
      initials: '12345rx etcgs',
    });
  });

  it('covers every category, place and unit of the shipped catalog', async () => {
    const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
    const choice = await loadCatalog(demoCatalogFile(resourcesDir), null);
    if (choice.catalog === null) throw new Error('the shipped catalog was rejected');
    const keys = buildCatalogSearchKeys(choice.catalog);
    expect(Object.keys(keys.categories)).toHaveLength(choice.catalog.categories.length);
    expect(Object.keys(keys.places)).toHaveLength(choice.catalog.places.length);
    expect(Object.keys(keys.units)).toHaveLength(choice.catalog.units.length);
    expect(keys.categories['heating']?.pinyin.split(' ')[0]).toBe('gongre');
    expect(keys.categories['heating.home.too-cold']?.initials.split(' ')).toContain('nqbr');
    expect(keys.places['110108011']?.initials.split(' ')[0]).toBe('zgcjd');
    expect(keys.units['city.housing-fund']?.initials.split(' ')).toContain('gjj');
  });
});
