import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateRun, type Evaluation } from '../../../src/core/kb/eval/evaluate-run';
import { parseQrels, parseQueries } from '../../../src/core/kb/eval/relevance-set';
import { runRelevanceSet } from '../../../src/core/kb/eval/run-relevance-set';
import { generateSubstringProbes } from '../../../src/core/kb/eval/substring-queries';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base';
import { importShippedKnowledgeBase, relevanceQrelsPath, relevanceQueriesPath } from './shipped-knowledge-base';

/**
 * The quality bar of the issue, measured on the shipped demo knowledge base
 * and graded relevance set: nDCG@10 ≥ 0.85, MRR@10 ≥ 0.90, zero-result
 * rate ≤ 2 %, and every exact substring of a document finds it.
 */
describe('knowledge-base search quality on the shipped relevance set', () => {
  let dir: string;
  let kb: KnowledgeBase;
  let close: () => void;
  let evaluation: Evaluation;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seat-kb-quality-'));
    const imported = importShippedKnowledgeBase(dir);
    ({ kb, close } = imported);
    expect(imported.report.failed).toEqual([]);
    const queries = parseQueries(readFileSync(relevanceQueriesPath, 'utf8'));
    const qrels = parseQrels(readFileSync(relevanceQrelsPath, 'utf8'));
    evaluation = evaluateRun(queries, qrels, runRelevanceSet(kb, queries));
  });

  afterAll(() => {
    close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a relevance set of at least 200 judged queries covering every query type', () => {
    expect(evaluation.overall.queries).toBeGreaterThanOrEqual(200);
    expect(evaluation.overall.judgedQueries).toBeGreaterThanOrEqual(200);
    expect(Object.keys(evaluation.byType).length).toBeGreaterThanOrEqual(11);
  });

  it('reaches nDCG@10 ≥ 0.85, MRR@10 ≥ 0.90 and a zero-result rate ≤ 2 %', () => {
    const { overall } = evaluation;
    expect(overall.ndcg10).toBeGreaterThanOrEqual(0.85);
    expect(overall.mrr10).toBeGreaterThanOrEqual(0.9);
    expect(overall.zeroResultRate).toBeLessThanOrEqual(0.02);
  });

  it('puts a document in force first for every expired-policy trap', () => {
    const traps = evaluation.perQuery.filter((outcome) => outcome.type === 'expired_trap');
    expect(traps.length).toBeGreaterThan(0);
    const firstExpired = traps.filter((outcome) => {
      const first = outcome.ranked[0];
      return first !== undefined && kb.getDocument(first)?.expired === true;
    });
    expect(firstExpired.map((outcome) => outcome.query)).toEqual([]);
  });

  it('finds the document of every exact substring of its title or body', () => {
    const documents = kb.listDocuments().map((summary) => {
      const view = kb.getDocument(summary.id)!;
      return { id: view.id, title: view.title, bodyText: view.bodyText };
    });
    const probes = generateSubstringProbes(documents, 400);
    expect(probes.length).toBe(400);
    const misses = probes.filter((probe) => {
      const response = kb.search(probe.query, { limit: 1000, withSnippets: false, logZeroResult: false });
      return !response.results.some((result) => result.id === probe.documentId);
    });
    expect(misses).toEqual([]);
  });
});
