import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { createKnowledgeBase } from '../../../src/core/kb/knowledge-base';
import type { ImportProgress } from '../../../src/core/kb/import/import-report';
import { useTempDir } from '../../helpers/temp-dir';
import { makeDocx } from '../../unit/kb/make-docx';
import { openSmallKnowledgeBase, smallDocumentMarkdown, smallDocuments } from '../../unit/kb/small-knowledge-base';

describe('importing a folder of documents', () => {
  const tempDir = useTempDir('seat-kb-import-');

  it('imports every document with progress, and a re-import changes nothing', () => {
    const root = tempDir();
    const { db, kb, report, docs } = openSmallKnowledgeBase(root);
    expect(report).toMatchObject({ total: smallDocuments.length, added: smallDocuments.length, updated: 0, unchanged: 0, failed: [] });
    const progress: ImportProgress[] = [];
    const again = kb.importFolder(docs, (step) => progress.push(step));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: smallDocuments.length });
    expect(progress.map((step) => step.done)).toEqual(smallDocuments.map((_, index) => index + 1));
    expect(progress.every((step) => step.total === smallDocuments.length)).toBe(true);
    expect(kb.getDocumentHistory('jzz').map((version) => version.version)).toEqual([1]);
    db.close();
  });

  it('updates only a changed document, keeps its history and re-indexes it', () => {
    const root = tempDir();
    const { db, kb, docs } = openSmallKnowledgeBase(root);
    const original = smallDocuments.find((document) => document.id === 'jzz')!;
    writeFileSync(join(docs, 'jzz.md'), smallDocumentMarkdown({ ...original, body: '居住证可以在派出所申领，新增：积分落户材料。', keywords: ['居住证', '积分落户'] }));
    const report = kb.importFolder(docs);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: smallDocuments.length - 1 });
    const history = kb.getDocumentHistory('jzz');
    expect(history.map((version) => version.version)).toEqual([2, 1]);
    expect(history[1]!.content.body).toBe(original.body);
    expect(history[0]!.content.body).toBe('居住证可以在派出所申领，新增：积分落户材料。');
    expect(kb.getDocument('jzz')!.version).toBe(2);
    expect(kb.search('积分落户').results.map((result) => result.id)).toEqual(['jzz']);
    expect(kb.search('jflh').results.map((result) => result.id)).toContain('jzz');
    // The old wording is no longer found.
    expect(kb.search('半年').results.map((result) => result.id)).not.toContain('jzz');
    db.close();
  });

  it('keeps the documents when the database is reopened', () => {
    const root = tempDir();
    const first = openSmallKnowledgeBase(root);
    first.db.close();
    const db = openSeatDatabase(join(root, 'seat.sqlite'));
    const kb = createKnowledgeBase(db, { resourcesDir: join(root, 'resources') });
    expect(kb.documentCount()).toBe(smallDocuments.length);
    expect(kb.search('gjj').results.map((result) => result.id)).toContain('gjj-rent');
    expect(kb.search('公基金').didYouMean?.text).toBe('公积金');
    db.close();
  });

  it('skips malformed documents with file and reason and imports the rest', () => {
    const root = tempDir();
    const docs = join(root, 'docs');
    mkdirSync(join(docs, 'nested'), { recursive: true });
    writeFileSync(join(docs, 'good.md'), smallDocumentMarkdown({ id: 'good', title: '好的文档', body: '正文' }));
    writeFileSync(join(docs, 'nested', 'no-front-matter.md'), '# 没有元数据');
    writeFileSync(join(docs, 'bad-yaml.md'), '---\nid: [oops\n---\n正文');
    // Files import in path order, so the later file with a used id is the one skipped.
    writeFileSync(join(docs, 'later-duplicate.md'), smallDocumentMarkdown({ id: 'good', title: '重复编号', body: '正文' }));
    writeFileSync(join(docs, 'gbk.md'), Buffer.from([0xb9, 0xab, 0xbb, 0xfd]));
    writeFileSync(join(docs, 'notes.pdf'), '%PDF-1.4');
    const db = openSeatDatabase(join(root, 'seat.sqlite'));
    const kb = createKnowledgeBase(db, { resourcesDir: null });
    const report = kb.importFolder(docs);
    expect(report.total).toBe(5);
    expect(report.added).toBe(1);
    expect(report.failed.map((failure) => failure.path).sort()).toEqual(['bad-yaml.md', 'gbk.md', 'later-duplicate.md', join('nested', 'no-front-matter.md')].sort());
    expect(report.failed.find((failure) => failure.path === 'later-duplicate.md')!.reason).toMatch(/already used by good.md/);
    expect(report.failed.find((failure) => failure.path === 'gbk.md')!.reason).toMatch(/UTF-8/);
    expect(kb.documentCount()).toBe(1);
    db.close();
  });

  it('imports .txt, .html and .docx with sidecar or inferred metadata', () => {
    const root = tempDir();
    const docs = join(root, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'heating.txt'), '供暖期延长通知\n今年供暖期延长至3月31日。');
    writeFileSync(
      join(docs, 'heating.yml'),
      'id: heating-2026\ntitle: 供暖期延长通知\nauthority: 北京市城市管理委员会\ncategory: 城市管理/供暖\ndistrict: 全市\neffective_from: 2026-03-01\nstatus: current\nkeywords: [供暖]\n',
    );
    writeFileSync(join(docs, 'parking.html'), '<html><head><title>占道停车收费</title><script>alert(1)</script></head><body><p>每小时收费。</p></body></html>');
    writeFileSync(join(docs, 'ev.docx'), makeDocx([{ text: '新能源车指标', style: 'Title' }, { text: '家庭积分排序。' }]));
    const db = openSeatDatabase(join(root, 'seat.sqlite'));
    const kb = createKnowledgeBase(db, { resourcesDir: null });
    const report = kb.importFolder(docs);
    expect(report).toMatchObject({ total: 3, added: 3, failed: [] });
    expect(kb.getDocument('heating-2026')).toMatchObject({ format: 'text', needsReview: false, category: '城市管理/供暖' });
    expect(kb.getDocument('parking')).toMatchObject({ format: 'html', needsReview: true, title: '占道停车收费' });
    expect(kb.getDocument('parking')!.bodyText).not.toContain('alert');
    expect(kb.getDocument('ev')).toMatchObject({ format: 'docx', needsReview: true, title: '新能源车指标' });
    expect(kb.search('积分排序').results[0]).toMatchObject({ id: 'ev', needsReview: true });
    expect(report.warnings.filter((warning) => /inferred/.test(warning.message)).map((warning) => warning.path).sort()).toEqual(['ev.docx', 'parking.html']);
    db.close();
  });

  it('refuses a folder that does not exist', () => {
    const root = tempDir();
    const db = openSeatDatabase(join(root, 'seat.sqlite'));
    const kb = createKnowledgeBase(db, { resourcesDir: null });
    expect(() => kb.importFolder(join(root, 'missing'))).toThrow(/is not a folder/);
    rmSync(join(root, 'seat.sqlite'), { force: true });
    db.close();
  });
});
