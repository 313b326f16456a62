import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQueries } from '../../src/core/kb/eval/relevance-set';
import type { MetricSet } from '../../src/core/kb/eval/evaluate-run';
import { writeBenchReport, type Metrics } from '../lib/bench-report';
import { round } from '../lib/stats';
import { loadBeijingDistricts } from './corpus/beijing-places';
import { loadCatalogTopics } from './corpus/catalog-topics';
import { loadDemoDocuments } from './corpus/demo-documents';
import { generateCorpus, type Corpus } from './corpus/generate-corpus';
import { loadRealChineseText } from './corpus/real-chinese-text';
import { runInFreshProcess } from './fresh-process';
import { measureIndexSize } from './index-size';
import type { LatencyResult, PeerResult, QualityResult, RelevanceFiles } from './kb-tasks';
import { buildQuerySets } from './query-sets';
import { targetVerdicts } from './targets';

const root = join(import.meta.dirname, '..', '..');
const resourcesDir = join(root, 'resources');
const demoDocsDir = join(resourcesDir, 'kb', 'docs');
const relevance: RelevanceFiles = { queries: join(root, 'tests', 'fixtures', 'kb', 'queries.tsv'), qrels: join(root, 'tests', 'fixtures', 'kb', 'qrels.txt') };
const totalDocuments = 8000;
const seed = 20261123;
// Timed passes over every query set, after one untimed warm-up pass.
const rounds = 3;
const updateCount = 50;

/**
 * Issue 4's numbers: Seat's knowledge-base engine on a generated corpus of
 * 8,000 documents / ~10 M characters (rebuild, update, index size, memory,
 * latency, type-ahead), and MiniSearch and FlexSearch on the same corpus
 * and queries (build, memory, latency, quality on the relevance set). Each
 * engine runs in its own fresh process. `--no-apt` skips fetching real
 * zh-CN text from Debian packages (the corpus is then generated only);
 * `--keep` leaves the corpus and the database in the temp directory.
 */
export async function kbBenchmark(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'seat-bench-kb-'));
  try {
    const corpus = buildCorpus(workDir);
    const docsDir = join(workDir, 'docs');
    mkdirSync(docsDir);
    for (const document of corpus.documents) writeFileSync(join(docsDir, document.fileName), document.markdown);
    const querySets = buildQuerySets(corpus.documents, parseQueries(readFileSync(relevance.queries, 'utf8')), seed);
    const databasePath = join(workDir, 'kb.sqlite');

    progress('Seat: full rebuild (fresh process)');
    const rebuilt = await runInFreshProcess({ kind: 'seat-import', databasePath, docsDir, resourcesDir });
    if (rebuilt.failed.length > 0) throw new Error(`the generated corpus did not import cleanly:\n${rebuilt.failed.slice(0, 5).join('\n')}`);
    const size = measureIndexSize(databasePath);

    progress('Seat: open, search, quality, updates (fresh process)');
    const seat = await runInFreshProcess({
      kind: 'seat-search',
      databasePath,
      docsDir,
      resourcesDir,
      demoDocsDir,
      querySets,
      relevance,
      updates: updatedDocuments(corpus),
      rounds,
    });

    const peers: PeerResult[] = [];
    for (const engine of ['minisearch', 'flexsearch'] as const) {
      progress(`${engine}: build, search, quality (fresh process)`);
      peers.push(await runInFreshProcess({ kind: 'peer', engine, docsDir, demoDocsDir, querySets, relevance, rounds }));
    }

    const textMb = corpus.utf8Bytes / 1024 / 1024;
    const metrics: Metrics = {
      'corpus: documents (110 demo + generated)': corpus.documents.length,
      'corpus: characters, millions': round(corpus.characters / 1e6, 2),
      'corpus: Markdown text, UTF-8 MB': round(textMb, 1),
      'corpus: real zh-CN text mixed in': corpus.realText,
      'corpus: documents containing 公积金 / 居住证 / 办理': ['公积金', '居住证', '办理'].map((word) => documentFrequency(corpus, word)).join(' / '),
      'queries: 2+ chars / 1 char / type-ahead strings × 6 keystrokes': `${querySets.multiChar.length} / ${querySets.singleChar.length} / ${querySets.typeAhead.length}`,
      'full rebuild (importDocuments, all documents), s': round(rebuilt.rebuildMs / 1000, 2),
      'one-document update, p50 ms': seat.updates.p50,
      'one-document update, p99 ms': seat.updates.p99,
      'FTS5 index, MB': round(size.ftsBytes / 1024 / 1024, 1),
      'FTS5 index / text': round(size.ftsBytes / corpus.utf8Bytes, 2),
      'FTS5 index + pinyin table / text': round((size.ftsBytes + size.pinyinTableBytes) / corpus.utf8Bytes, 2),
      'database file (documents + index), MB': round(size.fileBytes / 1024 / 1024, 1),
      'open existing knowledge base (createKnowledgeBase), ms': round(seat.openMs),
      'added memory, engine modules loaded: RSS MB': seat.memoryLoaded.rssMb,
      'added memory, knowledge base opened: RSS MB (external)': `${seat.memoryOpened.rssMb} (${seat.memoryOpened.externalMb})`,
      'added memory, opened + searched: RSS MB': seat.memory.rssMb,
      '  of which V8 young generation grown by allocation (no live data), MB': seat.memory.youngGenerationMb,
      '  live: JS heap used + external (buffers), MB': round(seat.memory.heapMb + seat.memory.externalMb, 1),
      'added memory, right after full rebuild: RSS MB': rebuilt.memory.rssMb,
      'peak RSS of the rebuild process, MB': rebuilt.memory.peakRssMb,
      ...latencyMetrics(seat.latency),
      '2+ chars without snippets (ids only), p50 ms': seat.multiCharIdsOnly.p50,
      '2+ chars without snippets (ids only), p99 ms': seat.multiCharIdsOnly.p99,
      ...qualityMetrics(seat.quality),
      ...targetVerdicts([
        { label: 'query p50, 2+ chars', limit: 3, unit: 'ms', measured: seat.latency.multiChar.p50 },
        { label: 'query p99, 2+ chars', limit: 15, unit: 'ms', measured: seat.latency.multiChar.p99 },
        { label: 'query p99, 1 char', limit: 30, unit: 'ms', measured: seat.latency.singleChar.p99 },
        { label: 'type-ahead p99 per keystroke', limit: 20, unit: 'ms', measured: seat.latency.typeAhead.p99 },
        { label: 'full rebuild', limit: 10, unit: 's', measured: round(rebuilt.rebuildMs / 1000, 2) },
        { label: 'one-document update (p99)', limit: 50, unit: 'ms', measured: seat.updates.p99 },
        { label: 'index / text', limit: 2, unit: '×', measured: round(size.ftsBytes / corpus.utf8Bytes, 2) },
        { label: 'added memory (RSS, opened + searched)', limit: 120, unit: 'MB', measured: seat.memory.rssMb },
        { label: 'added memory (RSS, after full rebuild)', limit: 120, unit: 'MB', measured: rebuilt.memory.rssMb },
      ]),
      'Chromium keystroke → painted results p95': 'measured by `npm run bench -- kb-ui` (needs the build)',
    };
    const peerMetrics = Object.fromEntries(peers.map((peer) => [peer.name, peerReport(peer, seat.latency, seat.memory.rssMb, rebuilt.rebuildMs)]));
    writeBenchReport('kb', metrics, peerMetrics);
  } finally {
    if (process.argv.includes('--keep')) console.error(`kb bench: kept the corpus and database in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

export function buildCorpus(workDir: string): Corpus {
  const withApt = !process.argv.includes('--no-apt');
  progress(withApt ? 'corpus: fetching real zh-CN text (apt-get download), generating documents' : 'corpus: generating documents (--no-apt)');
  const realText = withApt ? loadRealChineseText(workDir) : null;
  return generateCorpus({
    demo: loadDemoDocuments(demoDocsDir),
    topics: loadCatalogTopics(resourcesDir),
    districts: loadBeijingDistricts(resourcesDir),
    realText,
    totalDocuments,
    seed,
  });
}

/** Generated documents spread over the corpus, each given a new dated paragraph (so its content hash changes). */
function updatedDocuments(corpus: Corpus) {
  const generated = corpus.documents.slice(corpus.demoDocuments); // the demo documents come first
  return Array.from({ length: updateCount }, (_, index) => {
    const document = generated[Math.floor((index * generated.length) / updateCount)]!;
    const notice = `## 更新说明\n\n自2026年${(index % 12) + 1}月1日起，本指南所列办理时限调整为${5 + (index % 15)}个工作日，其余内容不变。\n\n## 答复口径`;
    return { fileName: document.fileName, markdown: document.markdown.replace('## 答复口径', notice) };
  });
}

function documentFrequency(corpus: Corpus, word: string): number {
  return corpus.documents.filter((document) => document.markdown.includes(word)).length;
}

function latencyMetrics(latency: LatencyResult): Metrics {
  return {
    'query 2+ chars, p50 ms': latency.multiChar.p50,
    'query 2+ chars, p99 ms': latency.multiChar.p99,
    'query 1 char, p50 ms': latency.singleChar.p50,
    'query 1 char, p99 ms': latency.singleChar.p99,
    'type-ahead per keystroke, p50 ms': latency.typeAhead.p50,
    'type-ahead per keystroke, p99 ms': latency.typeAhead.p99,
  };
}

function qualityMetrics(quality: QualityResult): Metrics {
  const row = (set: MetricSet) => `${round(set.ndcg10, 3)} / ${round(set.mrr10, 3)} / ${round(set.zeroResultRate * 100, 1)} %`;
  return {
    'relevance set on its 110 demo docs: nDCG@10 / MRR@10 / zero-result': row(quality.demo),
    // Lower bound: the generated guides are unjudged, and ~36 of them are
    // look-alikes of each judged answer (same title words, other district or year).
    'relevance set on the whole corpus (lower bound): nDCG@10 / MRR@10 / zero-result': row(quality.corpus),
    'nDCG@10 on the whole corpus by query type': Object.entries(quality.ndcgByType)
      .map(([type, ndcg]) => `${type} ${round(ndcg, 2)}`)
      .join(', '),
  };
}

/** A peer's figures, with Seat's alongside as ratios (peer ÷ Seat: above 1 means Seat is faster or smaller). */
function peerReport(peer: PeerResult, seat: LatencyResult, seatRssMb: number, seatRebuildMs: number): Metrics {
  // Two significant digits, so a ratio far below 1 (FlexSearch's 0.01 ms lookups) does not print as 0×.
  const ratio = (value: number, reference: number) => `${Number((value / reference).toPrecision(2))}×`;
  return {
    configuration: peer.configuration,
    'documents indexed': peer.documents,
    'index build (parsed documents → index), s': round(peer.buildMs / 1000, 2),
    'parsing the files first (same parser as Seat), s': round(peer.parseMs / 1000, 2),
    'added memory (library + index, after searching): RSS MB': peer.memory.rssMb,
    '  of which V8 young generation grown by allocation (no live data), MB': peer.memory.youngGenerationMb,
    '  live: JS heap used + external, MB': round(peer.memory.heapMb + peer.memory.externalMb, 1),
    'peak RSS of the process, MB': peer.memory.peakRssMb,
    ...latencyMetrics(peer.latency),
    ...qualityMetrics(peer.quality),
    'vs Seat: 2+ chars p50 / p99': `${ratio(peer.latency.multiChar.p50, seat.multiChar.p50)} / ${ratio(peer.latency.multiChar.p99, seat.multiChar.p99)}`,
    'vs Seat: 1 char p99': ratio(peer.latency.singleChar.p99, seat.singleChar.p99),
    'vs Seat: type-ahead p99': ratio(peer.latency.typeAhead.p99, seat.typeAhead.p99),
    'vs Seat: added RSS': ratio(peer.memory.rssMb, seatRssMb),
    'vs Seat: build vs full rebuild': ratio(peer.buildMs, seatRebuildMs),
  };
}

function progress(step: string): void {
  console.error(`kb bench: ${step} …`);
}
