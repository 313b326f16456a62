import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSource } from '../../../src/core/kb/knowledge-base';
import type { SeatImportResult, SeatImportTask, SeatSearchResult, SeatSearchTask } from '../kb-tasks';
import { latencyOf, memoryAdded, memorySnapshot, timeQueries } from '../measure';
import { typeAheadPrefixes } from '../type-ahead';
import { measureQuality } from '../quality';

/**
 * Seat's side of the bench, each function run in a fresh child process.
 * The engine is loaded with a dynamic import after the baseline snapshot,
 * so its code, the segmenter's dictionary and the pinyin tables count
 * in its memory, as they do in the core worker.
 */
async function loadSeat() {
  const [{ openSeatDatabase }, { createKnowledgeBase }] = await Promise.all([
    import('../../../src/core/db/open-seat-database'),
    import('../../../src/core/kb/knowledge-base'),
  ]);
  return { openSeatDatabase, createKnowledgeBase };
}

/** The seat's synonyms and domain dictionary, as the core worker loads them (resources/kb). */
function kbOptions(task: { resourcesDir: string }) {
  return { resourcesDir: join(task.resourcesDir, 'kb') };
}

function readSources(docsDir: string): DocumentSource[] {
  return readdirSync(docsDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ path: join(docsDir, file), content: readFileSync(join(docsDir, file)) }));
}

/** Full rebuild: all documents into a new database through the one import path (importDocuments). */
export async function seatImport(task: SeatImportTask): Promise<SeatImportResult> {
  const before = memorySnapshot();
  const { openSeatDatabase, createKnowledgeBase } = await loadSeat();
  const db = openSeatDatabase(task.databasePath);
  const opening = performance.now();
  const kb = createKnowledgeBase(db, kbOptions(task));
  const openEmptyMs = performance.now() - opening;
  // The file contents stay inside this call: released before memory is measured.
  const { report, rebuildMs } = ((sources: DocumentSource[]) => {
    const started = performance.now();
    return { report: kb.importDocuments(sources), rebuildMs: performance.now() - started };
  })(readSources(task.docsDir));
  const memory = memoryAdded(before, memorySnapshot());
  db.close();
  return { documents: report.added, failed: report.failed.map((problem) => `${problem.path}: ${problem.reason}`), openEmptyMs, rebuildMs, memory };
}

/** Opening the built database as the core worker does, then searches, quality and one-document updates. */
export async function seatSearch(task: SeatSearchTask): Promise<SeatSearchResult> {
  const before = memorySnapshot();
  const { openSeatDatabase, createKnowledgeBase } = await loadSeat();
  const memoryLoaded = memoryAdded(before, memorySnapshot());
  const opening = performance.now();
  const db = openSeatDatabase(task.databasePath);
  const kb = createKnowledgeBase(db, kbOptions(task));
  const openMs = performance.now() - opening;
  const memoryOpened = memoryAdded(before, memorySnapshot());

  // The product path: top 10 with highlights and snippets. Zero-result
  // logging is off so repeated bench queries do not write to the database.
  const search = (query: string) => kb.search(query, { limit: 10, logZeroResult: false });
  const typing = (query: string) => kb.search(query, { limit: 10, asYouType: true });
  const latency = {
    multiChar: latencyOf(timeQueries(task.querySets.multiChar, task.rounds, search)),
    singleChar: latencyOf(timeQueries(task.querySets.singleChar, task.rounds, search)),
    typeAhead: latencyOf(timeQueries(typeAheadPrefixes(task.querySets.typeAhead), task.rounds, typing)),
  };
  const multiCharIdsOnly = latencyOf(
    timeQueries(task.querySets.multiChar, task.rounds, (query) => kb.search(query, { limit: 10, logZeroResult: false, withSnippets: false })),
  );
  // Steady state: what a seat holds once it has opened the knowledge base and searched.
  const memory = memoryAdded(before, memorySnapshot());

  const { runRelevanceSet } = await import('../../../src/core/kb/eval/run-relevance-set');
  const demoDb = openSeatDatabase(':memory:');
  const demoKb = createKnowledgeBase(demoDb, kbOptions(task));
  demoKb.importFolder(task.demoDocsDir);
  const quality = measureQuality(task.relevance, (queries) => runRelevanceSet(kb, queries), (queries) => runRelevanceSet(demoKb, queries));
  demoDb.close();

  const updateSamples = task.updates.map((update) => {
    const source = { path: join(task.docsDir, update.fileName), content: Buffer.from(update.markdown) };
    const started = performance.now();
    const report = kb.importDocuments([source]);
    const ms = performance.now() - started;
    if (report.updated !== 1) throw new Error(`update of ${update.fileName} did not update it: ${JSON.stringify(report)}`);
    return ms;
  });
  db.close();
  return { openMs, memoryLoaded, memoryOpened, memory, latency, multiCharIdsOnly, updates: latencyOf(updateSamples), quality };
}
