import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base';
import { openSmallKnowledgeBase } from './small-knowledge-base';

const ids = (response: { results: { id: string }[] }) => response.results.map((result) => result.id);

/**
 * The plan for broad queries (match-groups.ts): on a large knowledge base
 * a query that can match most documents is ranked by titles and keywords,
 * with body-only matches after them when the page needs them. Here every
 * query counts as broad (broadDocuments: 1), so the plan runs on a few
 * documents and can be compared with the full ranking.
 */
describe('broad queries', () => {
  let root: string;
  let full: { kb: KnowledgeBase; close(): void };
  let broad: { kb: KnowledgeBase; close(): void };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'seat-kb-broad-'));
    const open = (dir: string, broadDocuments?: number) => {
      const opened = openSmallKnowledgeBase(join(root, dir), undefined, broadDocuments === undefined ? {} : { broadDocuments });
      return { kb: opened.kb, close: () => opened.db.close() };
    };
    full = open('full');
    broad = open('broad', 1);
  });

  afterAll(() => {
    full.close();
    broad.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('finds the same documents as the full ranking when the page asks for all', () => {
    for (const query of ['梯', '补', '电梯', '区', '加装电梯补贴']) {
      expect(ids(broad.kb.search(query, { limit: 1000 })).sort(), query).toEqual(ids(full.kb.search(query, { limit: 1000 })).sort());
    }
  });

  it('ranks title and keyword matches above documents that have the word only in their body', () => {
    for (const query of ['补', '区', '证']) {
      const inHead = ids(broad.kb.search(query, { limit: 1000 })).map((id) => {
        const document = broad.kb.getDocument(id)!;
        return [document.title, ...document.keywords, ...document.questions].some((text) => text.includes(query));
      });
      expect(inHead.length, query).toBeGreaterThan(1);
      // Once a body-only match appears, no title or keyword match follows.
      expect(inHead.slice(Math.max(0, inHead.indexOf(false))).every((head) => !head) || !inHead.includes(false), query).toBe(true);
    }
  });

  it('reads body-only matches when titles and keywords do not fill the page', () => {
    // 部 is in the elevator bodies (每部电梯), in no title or keyword.
    expect(ids(broad.kb.search('部'))).toEqual(expect.arrayContaining(['elevator', 'elevator-chaoyang', 'elevator-haidian']));
  });

  it('applies filters before deciding that titles and keywords fill the page', () => {
    const inHaidian = broad.kb.search('梯', { district: '海淀区', limit: 1000 });
    expect(ids(inHaidian).sort()).toEqual(ids(full.kb.search('梯', { district: '海淀区', limit: 1000 })).sort());
  });
});
