import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src/core/kb/query/highlight-ranges';
import { buildSnippet } from '../../../src/core/kb/query/snippet';

const painted = (text: string, ranges: readonly { start: number; end: number }[]) => ranges.map((range) => text.slice(range.start, range.end));

describe('highlightRanges', () => {
  it('finds normalized terms in the original text and returns original offsets', () => {
    const title = '住房公積金（ＧＪＪ）提取';
    expect(painted(title, highlightRanges(title, ['公积金', 'gjj']))).toEqual(['公積金', 'ＧＪＪ']);
  });

  it('merges overlapping hits and keeps Latin terms to whole words', () => {
    const text = '公积金提取 happy app';
    expect(painted(text, highlightRanges(text, ['公积金', '积金提取', 'app']))).toEqual(['公积金提取', 'app']);
  });

  it('ignores empty terms', () => {
    expect(highlightRanges('abc', ['', ' '])).toEqual([]);
  });
});

describe('buildSnippet', () => {
  const body = `${'无关的开头文字。'.repeat(20)}\n租房提取住房公积金需要租房合同。${'其他说明。'.repeat(30)}`;

  it('shows the passage with the query terms, highlighted relative to the snippet', () => {
    const snippet = buildSnippet(body, ['租房', '公积金']);
    expect(snippet.text.startsWith('租房提取住房公积金')).toBe(true);
    expect(painted(snippet.text, snippet.highlights)).toEqual(['租房', '公积金', '租房']);
    expect(snippet.cutStart).toBe(true);
    expect(snippet.cutEnd).toBe(true);
  });

  it('prefers the window covering the most distinct terms', () => {
    const text = `电梯${'。'.repeat(200)}加装电梯补贴标准`;
    const snippet = buildSnippet(text, ['电梯', '补贴']);
    expect(snippet.text).toContain('加装电梯补贴');
  });

  it('falls back to the start of the body when no term occurs', () => {
    const snippet = buildSnippet('第一行\n第二行', ['不存在']);
    expect(snippet).toEqual({ text: '第一行 第二行', highlights: [], cutStart: false, cutEnd: false });
  });

  it('never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(100)}`;
    const snippet = buildSnippet(text, []);
    expect(snippet.text.length % 2).toBe(0);
  });
});
