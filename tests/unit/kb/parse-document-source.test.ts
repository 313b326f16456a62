import { describe, expect, it } from 'vitest';
import { DocumentFormatError } from '../../../src/core/kb/document/document-format-error';
import { docxToText } from '../../../src/core/kb/document/docx-to-text';
import { parseDocumentSource } from '../../../src/core/kb/document/parse-document-source';
import { shanghaiDateToEpochMs } from '../../../src/core/kb/document/shanghai-date';
import { makeDocx } from './make-docx';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

const frontMatter = `---
id: kb-test-doc
title: 租房提取住房公积金办事指南
doc_number: 京房公积金发〔2025〕1号
authority: 北京住房公积金管理中心
category: 住房保障/住房公积金
district: 全市
effective_from: 2025-01-01
status: current
keywords: [租房提取, 公积金]
questions:
  - 租房可以提取公积金吗？
---
`;

describe('parseDocumentSource: Markdown with front matter', () => {
  it('reads the fields, dates in Asia/Shanghai, and a plain-text body', () => {
    const document = parseDocumentSource({ path: 'a.md', content: utf8(`${frontMatter}\n# 标题\n\n**每月**可提取一次，见[说明](https://example.org)。\n`) });
    expect(document).toMatchObject({
      id: 'kb-test-doc',
      docNumber: '京房公积金发〔2025〕1号',
      category: '住房保障/住房公积金',
      effectiveFrom: shanghaiDateToEpochMs(2025, 1, 1),
      effectiveTo: null,
      status: 'current',
      keywords: ['租房提取', '公积金'],
      questions: ['租房可以提取公积金吗？'],
      format: 'markdown',
      needsReview: false,
    });
    expect(document.effectiveFrom).toBe(Date.UTC(2024, 11, 31, 16));
    expect(document.bodyText).toBe('标题\n\n每月可提取一次，见说明。');
    expect(document.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tolerates a byte-order mark and Windows line ends', () => {
    const document = parseDocumentSource({ path: 'a.md', content: utf8(`\ufeff${frontMatter.replaceAll('\n', '\r\n')}正文`) });
    expect(document.title).toBe('租房提取住房公积金办事指南');
  });

  it.each([
    ['no front matter', '# 只有正文', /no YAML front matter/],
    ['an unclosed front matter', '---\nid: x\n', /no closing "---"/],
    ['invalid YAML', '---\nid: [x\n---\n', /not valid YAML/],
    ['a missing title', frontMatter.replace(/title: .*\n/, ''), /title/],
    ['a one-level category', frontMatter.replace('住房保障/住房公积金', '住房保障'), /category: must have two levels/],
    ['an impossible date', frontMatter.replace('2025-01-01', '2025-02-30'), /effective_from: must be a date/],
    ['an unknown status', frontMatter.replace('status: current', 'status: valid'), /status/],
    ['effective_to before effective_from', frontMatter.replace('status: current', 'effective_to: 2024-01-01\nstatus: expired'), /effective_to is before/],
    ['an id with spaces', frontMatter.replace('id: kb-test-doc', 'id: kb test'), /id: must be/],
  ])('rejects %s with a reason', (_name, source, reason) => {
    expect(() => parseDocumentSource({ path: 'a.md', content: utf8(source) })).toThrow(reason);
  });

  it('rejects text that is not UTF-8', () => {
    expect(() => parseDocumentSource({ path: 'a.md', content: Buffer.from([0xb9, 0xab, 0xbb, 0xfd]) })).toThrow(/not valid UTF-8/);
  });

  it('warns about unknown front-matter fields (usually a typo)', () => {
    const document = parseDocumentSource({ path: 'a.md', content: utf8(frontMatter.replace('status: current', 'status: current\nkeyword: 错字')) });
    expect(document.warnings.join()).toMatch(/unknown fields ignored: keyword/);
  });
});

describe('parseDocumentSource: other formats', () => {
  const sidecar = frontMatter.replace(/^---\n/, '').replace(/---\n$/, '');

  it('reads .txt with a sidecar .yml', () => {
    const document = parseDocumentSource({ path: 'guide.txt', content: utf8('第一行\n第二行'), sidecar });
    expect(document).toMatchObject({ id: 'kb-test-doc', format: 'text', needsReview: false, bodyText: '第一行\n第二行' });
  });

  it('infers metadata for .txt without a sidecar and flags it for review', () => {
    const document = parseDocumentSource({ path: 'dir/heating-notice.txt', content: utf8('\n供暖期延长的通知\n正文内容') });
    expect(document).toMatchObject({ id: 'heating-notice', title: '供暖期延长的通知', needsReview: true, status: 'current', district: '全市', effectiveFrom: null });
    expect(document.warnings.join()).toMatch(/inferred/);
  });

  it('gives a Chinese file name a stable hashed id', () => {
    const first = parseDocumentSource({ path: '供暖通知.txt', content: utf8('a') });
    const second = parseDocumentSource({ path: 'other/供暖通知.txt', content: utf8('b') });
    expect(first.id).toMatch(/^doc-[0-9a-f]{12}$/);
    expect(second.id).toBe(first.id);
  });

  it('reduces .html to text: no script, style or markup survives', () => {
    const html = `<!doctype html><html><head><title>停车收费&amp;管理</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body onload="evil()"><h1>标题</h1><p>第一段<br>第二行 &lt;b&gt; &#x4E2D;</p>
      <img src="https://tracker.example/x.png" alt="图"><a href="javascript:alert(1)">链接</a><!-- <script>hidden()</script> -->
      <table><tr><td>甲</td><td>乙</td></tr></table><iframe src="https://example.org"></iframe></body></html>`;
    const document = parseDocumentSource({ path: 'page.html', content: utf8(html) });
    expect(document.title).toBe('停车收费&管理');
    expect(document.bodyText).not.toMatch(/alert|color|evil|hidden|tracker|javascript|<img|<script|<a /);
    expect(document.bodyText).toContain('第一段\n第二行 <b> 中');
    expect(document.bodyText).toContain('链接');
    expect(document.bodyText).toMatch(/甲\s+乙/);
  });

  it('reads the paragraphs and title of a .docx', () => {
    const docx = makeDocx([{ text: '新能源车指标申请', style: 'Heading1' }, { text: '申请条件 & 材料' }, { text: '' }, { text: '办理时限' }]);
    const document = parseDocumentSource({ path: 'ev.docx', content: docx });
    expect(document).toMatchObject({ title: '新能源车指标申请', format: 'docx', needsReview: true });
    expect(document.bodyText).toBe('新能源车指标申请\n申请条件 & 材料\n\n办理时限');
    expect(docxToText(makeDocx([{ text: '正文' }], '属性标题')).title).toBe('属性标题');
  });

  it('rejects a .docx that is not a Word document', () => {
    expect(() => parseDocumentSource({ path: 'x.docx', content: utf8('plain text') })).toThrow(DocumentFormatError);
    expect(() => parseDocumentSource({ path: 'x.docx', content: utf8('plain text') })).toThrow(/not a ZIP archive/);
  });

  it('rejects unsupported extensions', () => {
    expect(() => parseDocumentSource({ path: 'x.pdf', content: utf8('%PDF') })).toThrow(/unsupported file type/);
  });
});
