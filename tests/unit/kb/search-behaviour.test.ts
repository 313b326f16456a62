import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base';
import { openSmallKnowledgeBase } from './small-knowledge-base';

const ids = (response: { results: { id: string }[] }) => response.results.map((result) => result.id);

describe('knowledge-base search behaviour', () => {
  let root: string;
  let kb: KnowledgeBase;
  let close: () => void;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'seat-kb-search-'));
    const opened = openSmallKnowledgeBase(root);
    kb = opened.kb;
    close = () => opened.db.close();
    expect(opened.report.failed).toEqual([]);
  });

  afterAll(() => {
    close();
    rmSync(root, { recursive: true, force: true });
  });

  it('finds 2-character words, single characters and traditional input', () => {
    expect(ids(kb.search('电梯'))).toEqual(expect.arrayContaining(['elevator', 'elevator-chaoyang', 'elevator-haidian']));
    expect(ids(kb.search('梯'))).toContain('elevator');
    expect(ids(kb.search('居住證'))[0]).toBe('jzz');
  });

  it('ranks the document in force above its expired version and marks the expired one', () => {
    const response = kb.search('租房提取公积金');
    expect(ids(response).slice(0, 2)).toEqual(['gjj-rent', 'gjj-rent-2019']);
    expect(response.results.map((result) => result.expired)).toEqual([false, true]);
  });

  it('marks a current-status document as expired once past its effective_to day', () => {
    const now = Date.UTC(2030, 0, 1);
    const response = kb.search('居住证', { now });
    expect(response.results[0]?.expired).toBe(false);
    const expired = kb.search('租房提取', { now: Date.UTC(2021, 11, 31, 12) });
    expect(expired.results.find((result) => result.id === 'gjj-rent-2019')?.expired).toBe(true);
    const stillValid = kb.search('租房提取', { now: Date.UTC(2021, 11, 30, 12), status: 'expired' });
    expect(stillValid.results.find((result) => result.id === 'gjj-rent-2019')?.expired).toBe(true); // status says expired
  });

  it('expands synonyms both ways and one-way rules forward only', () => {
    expect(ids(kb.search('社保'))).toContain('si-card');
    expect(ids(kb.search('暂住证'))).toEqual(['jzz']);
  });

  it('reads letters as pinyin and initials', () => {
    for (const query of ['gjj', 'zfgjj', 'gongjijin', 'gong ji jin', 'GJJ', 'gōngjījīn']) {
      const response = kb.search(query);
      expect(response.interpretedAs.kind, query).toBe('pinyin');
      expect(ids(response), query).toContain('gjj-rent');
    }
  });

  it('reads pinyin mixed into a Chinese query', () => {
    expect(ids(kb.search('gjj租房'))[0]).toBe('gjj-rent');
  });

  it('still searches letters as text when they spell no known term', () => {
    const response = kb.search('app');
    expect(response.interpretedAs.kind).toBe('text');
    expect(ids(response)).toEqual(['si-card']);
  });

  it('corrects same-sound typos and says so', () => {
    const response = kb.search('公基金');
    expect(response.didYouMean).toEqual({ text: '公积金', applied: true });
    expect(ids(response)).toContain('gjj-rent');
    expect(kb.search('公积金').didYouMean).toBeNull();
  });

  it('answers a colloquial question by its content words', () => {
    const response = kb.search('我租房能取公积金吗');
    expect(response.interpretedAs.words).toEqual(expect.arrayContaining(['租房', '公积金']));
    expect(ids(response)[0]).toBe('gjj-rent');
  });

  it('falls back to OR when AND finds too little', () => {
    const response = kb.search('电梯 居住证');
    expect(ids(response)).toEqual(expect.arrayContaining(['jzz', 'elevator']));
  });

  it('prefers the district a query names, keeps city-wide documents and pushes other districts down', () => {
    const response = kb.search('朝阳区加装电梯');
    expect(response.interpretedAs.district).toBe('朝阳区');
    expect(ids(response)[0]).toBe('elevator-chaoyang');
    expect(ids(response).indexOf('elevator')).toBeLessThan(ids(response).indexOf('elevator-haidian'));
  });

  it('filters by district (with city-wide documents), category, authority and status, with facet counts', () => {
    const byDistrict = kb.search('加装电梯', { district: '海淀区' });
    expect(ids(byDistrict).sort()).toEqual(['elevator', 'elevator-haidian']);
    expect(byDistrict.facets.district).toEqual([
      { value: '全市', count: 1 },
      { value: '朝阳区', count: 1 },
      { value: '海淀区', count: 1 },
    ]);
    expect(ids(kb.search('公积金', { status: 'current' }))).toEqual(['gjj-rent']);
    expect(ids(kb.search('公积金', { status: ['expired', 'abolished'] }))).toEqual(['gjj-rent-2019']);
    expect(ids(kb.search('补贴', { category: '城乡建设' })).length).toBe(3);
    expect(ids(kb.search('补贴', { authority: '朝阳区住房和城乡建设委员会' }))).toEqual(['elevator-chaoyang']);
    const facets = kb.search('公积金', { status: 'current' }).facets;
    expect(facets.status).toEqual([
      { value: 'current', count: 1 },
      { value: 'expired', count: 1 },
    ]);
  });

  it('gives every page in the order of the full ranking', () => {
    const all = kb.search('电梯 公积金 居住证 社会保障卡', { limit: 100 });
    expect(all.total).toBeGreaterThan(4);
    const pages = all.results.map((_, index) => ids(kb.search('电梯 公积金 居住证 社会保障卡', { limit: 1, offset: index }))[0]);
    expect(pages).toEqual(ids(all));
  });

  it('reports scores that never increase down the list', () => {
    for (const query of ['电梯 居住证', '公积金', 'sb', '公基金']) {
      const scores = kb.search(query, { limit: 100 }).results.map((result) => result.score);
      expect(scores, query).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('pages results and reports the total', () => {
    const all = kb.search('电梯', { limit: 100 });
    const page = kb.search('电梯', { limit: 1, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(ids(page)).toEqual([ids(all)[1]]);
  });

  it('treats the last word as a prefix while typing', () => {
    expect(ids(kb.search('ap'))).toEqual([]);
    expect(ids(kb.search('ap', { asYouType: true }))).toEqual(['si-card']);
    expect(ids(kb.search('住房公', { asYouType: true }))).toContain('gjj-rent');
  });

  it('computes highlights and snippets on the original text', () => {
    const result = kb.search('居住證')!.results[0]!;
    expect(result.titleHighlights.map((range) => result.title.slice(range.start, range.end))).toEqual(['居住证']);
    expect(result.snippet?.highlights.map((range) => result.snippet!.text.slice(range.start, range.end))).toEqual(['居住证']);
  });

  it('logs zero-result queries (normalized, counted) but not while typing', () => {
    kb.search('火星移民政策');
    kb.search('火星移民政策');
    kb.search('火星移民政', { asYouType: true });
    kb.search('   ');
    const top = kb.topZeroResultQueries(10);
    expect(top[0]).toMatchObject({ query: '火星移民政策', count: 2 });
    expect(top.map((entry) => entry.query)).not.toContain('火星移民政');
  });

  it('returns a document with highlights and keeps JSON-safe values', () => {
    const view = kb.getDocument('gjj-rent', { query: '公积金' })!;
    expect(view.bodyHighlights.length).toBeGreaterThan(0);
    expect(view.bodyText.slice(view.bodyHighlights[0]!.start, view.bodyHighlights[0]!.end)).toBe('公积金');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(kb.getDocument('nope')).toBeNull();
    const response = kb.search('电梯');
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });
});
