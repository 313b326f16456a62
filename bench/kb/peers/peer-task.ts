import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentSource } from '../../../src/core/kb/document/parse-document-source';
import type { PeerResult, PeerTask } from '../kb-tasks';
import { latencyOf, memoryAdded, memorySnapshot, timeQueries } from '../measure';
import { typeAheadPrefixes } from '../type-ahead';
import { measureQuality, peerRun } from '../quality';
import type { PeerDocument, PeerEngine } from './peer-engines';

/**
 * One peer library in a fresh child process: the same files, parsed by
 * Seat's own parser, indexed in memory; then the same queries as Seat.
 * Memory counts the library and its index once the parsed documents are
 * released (the index keeps no text: ids only), like Seat's count of its
 * code, caches and SQLite page cache.
 */
export async function peerTask(task: PeerTask): Promise<PeerResult> {
  const before = memorySnapshot();
  const engines = await import('./peer-engines');
  const create = task.engine === 'minisearch' ? engines.createMiniSearchEngine : engines.createFlexSearchEngine;
  const engine = create();

  const { count, parseMs, buildMs } = buildIndex(engine, task.docsDir);

  const search = (typing: boolean) => (query: string) => void engine.search(query, 10, typing);
  const latency = {
    multiChar: latencyOf(timeQueries(task.querySets.multiChar, task.rounds, search(false))),
    singleChar: latencyOf(timeQueries(task.querySets.singleChar, task.rounds, search(false))),
    typeAhead: latencyOf(timeQueries(typeAheadPrefixes(task.querySets.typeAhead), task.rounds, search(true))),
  };
  const memory = memoryAdded(before, memorySnapshot());

  const demo: PeerEngine = create();
  demo.add(readPeerDocuments(task.demoDocsDir));
  const quality = measureQuality(
    task.relevance,
    peerRun((query) => engine.search(query, 10, false)),
    peerRun((query) => demo.search(query, 10, false)),
  );
  return { name: engine.name, configuration: engine.configuration, documents: count, parseMs, buildMs, memory, latency, quality };
}

/** Parsed documents live only inside this call, so they are released before memory is measured. */
function buildIndex(engine: PeerEngine, docsDir: string) {
  const parsing = performance.now();
  const documents = readPeerDocuments(docsDir);
  const parseMs = performance.now() - parsing;
  const building = performance.now();
  engine.add(documents);
  return { count: documents.length, parseMs, buildMs: performance.now() - building };
}

/** Title, keywords + questions, and the body as plain text: the fields of Seat's index. */
function readPeerDocuments(docsDir: string): PeerDocument[] {
  return readdirSync(docsDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const document = parseDocumentSource({ path: file, content: readFileSync(join(docsDir, file)) });
      return { id: document.id, title: document.title, terms: [...document.keywords, ...document.questions].join('\n'), body: document.bodyText };
    });
}
