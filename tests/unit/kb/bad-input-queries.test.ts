import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base';
import { openSmallKnowledgeBase } from './small-knowledge-base';

/** Whatever an operator pastes or a caller's message contains, search answers without a database error. */
describe('bad input never breaks search', () => {
  let root: string;
  let kb: KnowledgeBase;
  let close: () => void;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'seat-kb-bad-input-'));
    const opened = openSmallKnowledgeBase(root);
    kb = opened.kb;
    close = () => opened.db.close();
  });

  afterAll(() => {
    close();
    rmSync(root, { recursive: true, force: true });
  });

  const hostile = [
    '"',
    '""',
    '"公积金',
    '*',
    '公积金*',
    'AND',
    'OR NOT',
    '电梯 AND',
    'NEAR(',
    'NEAR(电梯 补贴, 5)',
    '-',
    '-电梯',
    ':',
    'title:电梯',
    'kb_fts:电梯',
    '{title body}: 电梯',
    '^电梯',
    '(电梯',
    '电梯)',
    "'; DROP TABLE kb_document; --",
    '😀',
    '😀电梯😀',
    '\u0000\u0001\u0007',
    '电\u0000梯',
    '\ud800',
    '',
    '   ',
    '\n\t',
    '𠀀𠀁',
    '公積金\u200b提取',
    '电'.repeat(10_000),
    '电梯 '.repeat(2_500),
    'a'.repeat(10_000),
    'gjj'.repeat(3_000),
  ];

  it.each(hostile.map((query) => [JSON.stringify(query).slice(0, 40), query]))('searches %s as text or returns nothing', (_label, query) => {
    const started = performance.now();
    const response = kb.search(query);
    expect(Array.isArray(response.results)).toBe(true);
    expect(response.query.length).toBeLessThanOrEqual(120);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('searches FTS5 operators as plain words', () => {
    expect(kb.search('"电梯" AND NEAR(').results.length).toBeGreaterThan(0);
    expect(kb.search('title:电梯').results.length).toBeGreaterThan(0);
    expect(kb.search('-电梯*').results.length).toBeGreaterThan(0);
  });

  it('returns nothing, and logs nothing, for empty or symbol-only input', () => {
    const symbolOnly = ['', '   ', '😀', '"*:-()'];
    for (const query of symbolOnly) {
      const response = kb.search(query);
      expect(response.results).toEqual([]);
      expect(response.interpretedAs.kind).toBe('empty');
    }
    const logged = kb.topZeroResultQueries(1000).map((entry) => entry.query);
    for (const query of symbolOnly) expect(logged).not.toContain(query.trim());
  });

  it('accepts a non-string query from an untyped caller', () => {
    expect(kb.search(undefined as unknown as string).results).toEqual([]);
  });

  it('leaves the documents intact', () => {
    kb.search("'; DROP TABLE kb_document; --");
    expect(kb.documentCount()).toBeGreaterThan(0);
  });
});
