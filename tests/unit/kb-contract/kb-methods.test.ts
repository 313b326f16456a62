import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { smallDocumentMarkdown } from '../kb/small-knowledge-base';
import { openTestCore } from './open-test-core';

const shippedDocumentCount = 110;

describe('kb.* through the dispatcher', () => {
  const tempDir = useTempDir('seat-kb-contract-');
  const opened: { core: { close(): void } }[] = [];
  const open = (...args: Parameters<typeof openTestCore>) => {
    const core = openTestCore(...args);
    opened.push(core);
    return core;
  };
  afterEach(() => {
    for (const { core } of opened.splice(0)) core.close();
  });

  it('fills an empty knowledge base with the shipped documents on first start, once', async () => {
    const dir = tempDir();
    const first = open(dir);
    const status = await first.call('kb.status', {});
    expect(status).toMatchObject({ documentCount: shippedDocumentCount, importRunning: false, problems: [] });
    expect(status.lastImport).toMatchObject({ source: 'shipped', added: shippedDocumentCount, failed: 0 });
    expect(first.events('kb.changed')).toEqual([{ documentCount: shippedDocumentCount }]);
    expect(first.events('kb.importProgress').at(-1)).toMatchObject({ done: shippedDocumentCount, total: shippedDocumentCount });
    const found = await first.call('kb.search', { query: '公积金' });
    expect(found.results.length).toBeGreaterThan(0);
    first.core.close();
    opened.splice(0);

    const again = open(dir);
    expect((await again.call('kb.status', {})).lastImport?.at).toBe(status.lastImport?.at);
    expect(again.events('kb.changed')).toEqual([]);
  });

  it.each([
    '"',
    '*',
    'AND',
    'NEAR(',
    'NEAR(电梯 补贴, 5)',
    '-',
    '-电梯',
    ':',
    'title:电梯',
    '电梯 AND 补贴 OR',
    "'; DROP TABLE kb_document; --",
    '😀',
    '😀电梯😀',
    '\u0000\u0001\u0007\u001b',
    '电\u0000梯',
    '\ud800',
    '',
    '   ',
    '\n\t',
    '电'.repeat(10_000),
    'gjj '.repeat(2_500),
  ])('searches %j without a database error, typing or not', async (query) => {
    const { invoke } = open(tempDir());
    for (const asYouType of [false, true]) {
      const answer = await invoke('kb.search', { query, asYouType });
      expect(answer).toMatchObject({ ok: true });
    }
  });

  it('refuses a query longer than 10,000 characters at the door', async () => {
    const { invoke } = open(tempDir());
    const answer = await invoke('kb.search', { query: '电'.repeat(10_001) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'query' }] } });
  });

  it('applies filters and returns facet counts', async () => {
    const { call } = open(tempDir());
    const all = await call('kb.search', { query: '公积金' });
    expect(all.facets.status.map((facet) => facet.value)).toContain('expired');
    const current = await call('kb.search', { query: '公积金', status: ['current'] });
    expect(current.results.length).toBeGreaterThan(0);
    expect(current.results.every((result) => result.status === 'current')).toBe(true);
    expect(current.total).toBeLessThan(all.total);
  });

  it('gives a document with highlights as ranges of its Markdown body, and its versions', async () => {
    const { call } = open(tempDir());
    // A word the segmenter knows (登记). 上牌 is no dictionary word: it is searched as 上 and 牌, and it
    // passed here only while jieba's process-wide dictionary carried words over from other tests.
    const document = await call('kb.get', { id: 'kb-bike-ebike-registration', query: '登记' });
    expect(document).toMatchObject({ id: 'kb-bike-ebike-registration', format: 'markdown', status: 'current', expired: false });
    expect(document!.body).toContain('## 答复口径');
    expect(document!.bodyHighlights.length).toBeGreaterThan(0);
    for (const range of document!.bodyHighlights) expect(document!.body.slice(range.start, range.end)).toBe('登记');
    expect(document!.history.map((version) => version.version)).toEqual([1]);
    expect(await call('kb.get', { id: 'no-such-document' })).toBeNull();
  });

  it('logs a query that found nothing for the KB editors, but not while typing', async () => {
    const { call } = open(tempDir());
    await call('kb.search', { query: '火星飞船', asYouType: true });
    expect(await call('kb.zeroResults', {})).toEqual([]);
    await call('kb.search', { query: '火星飞船' });
    await call('kb.search', { query: '火星飞船' });
    expect(await call('kb.zeroResults', { limit: 5 })).toEqual([expect.objectContaining({ query: '火星飞船', count: 2 })]);
  });

  it('imports a folder, reporting a malformed document with file and reason and importing the rest', async () => {
    const dir = tempDir();
    const folder = join(dir, 'import');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-heating.md'), smallDocumentMarkdown({ id: 'test-heating', title: '测试供暖延长通知', body: '今年供暖延长到三月底。' }));
    writeFileSync(join(folder, 'b-broken.md'), '---\nid: [oops\n---\n正文');
    writeFileSync(join(folder, 'c-noise.md'), smallDocumentMarkdown({ id: 'test-noise', title: '测试夜间施工噪声', body: '夜间施工须办理许可。' }));
    const { call, events } = open(dir);
    await call('kb.status', {});

    const report = await call('kb.import', { folder });
    expect(report).toMatchObject({ total: 3, added: 2, updated: 0, unchanged: 0 });
    expect(report.failed).toEqual([{ path: 'b-broken.md', reason: expect.any(String) }]);
    expect(report.failed[0]!.reason).not.toBe('');
    expect(events('kb.importProgress').at(-1)).toEqual({ done: 3, total: 3, path: 'c-noise.md' });
    expect(events('kb.changed').at(-1)).toEqual({ documentCount: shippedDocumentCount + 2 });
    expect((await call('kb.search', { query: '供暖延长' })).results.map((result) => result.id)).toContain('test-heating');
    expect((await call('kb.status', {})).lastImport).toMatchObject({ source: 'folder', folder, added: 2, failed: 1 });

    const changedEvents = events('kb.changed').length;
    expect(await call('kb.import', { folder })).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(events('kb.changed')).toHaveLength(changedEvents);
  });

  it('refuses a path that is not a folder, naming the field', async () => {
    const dir = tempDir();
    const { invoke } = open(dir);
    const answer = await invoke('kb.import', { folder: join(dir, 'missing') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'folder' }] } });
  });

  it('keeps answering other calls while a large folder imports', async () => {
    const dir = tempDir();
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let n = 0; n < 600; n += 1) {
      const body = `第${n}号测试文件。`.repeat(40);
      writeFileSync(join(folder, `doc-${String(n).padStart(4, '0')}.md`), smallDocumentMarkdown({ id: `bulk-${n}`, title: `批量测试文件${n}`, body }));
    }
    const { call, invoke } = open(dir);
    await call('kb.status', {});
    let importFinished = false;
    const importing = call('kb.import', { folder }).then((report) => {
      importFinished = true;
      return report;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const status = await call('kb.status', {});
    const search = await invoke('kb.search', { query: '公积金' });
    expect(importFinished).toBe(false);
    expect(status.importRunning).toBe(true);
    expect(search).toMatchObject({ ok: true });
    expect(await importing).toMatchObject({ added: 600, failed: [] });
  });
});
