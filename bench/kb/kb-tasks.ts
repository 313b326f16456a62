import type { MetricSet } from '../../src/core/kb/eval/evaluate-run';
import type { Latency, MemoryAdded } from './measure';
import type { QuerySets } from './query-sets';

/**
 * What the parent asks a fresh child process to do, and what comes back.
 * Each engine is measured in its own process so its memory is its own and
 * no engine's garbage or JIT state slows the next.
 */
export interface RelevanceFiles {
  queries: string;
  qrels: string;
}

export interface SeatImportTask {
  kind: 'seat-import';
  databasePath: string;
  docsDir: string;
  /** The shipped resources folder; the engine loads its synonyms and dictionary from resources/kb. */
  resourcesDir: string;
}

export interface SeatSearchTask {
  kind: 'seat-search';
  databasePath: string;
  docsDir: string;
  resourcesDir: string;
  demoDocsDir: string;
  querySets: QuerySets;
  relevance: RelevanceFiles;
  /** Generated documents to change one at a time (file name → new Markdown). */
  updates: { fileName: string; markdown: string }[];
  rounds: number;
}

export interface PeerTask {
  kind: 'peer';
  engine: 'minisearch' | 'flexsearch';
  docsDir: string;
  demoDocsDir: string;
  querySets: QuerySets;
  relevance: RelevanceFiles;
  rounds: number;
}

export type KbTask = SeatImportTask | SeatSearchTask | PeerTask;

export interface SeatImportResult {
  documents: number;
  failed: string[];
  /** createKnowledgeBase on the empty database (segmenter dictionaries, pinyin). */
  openEmptyMs: number;
  rebuildMs: number;
  memory: MemoryAdded;
}

export interface QualityResult {
  corpus: MetricSet;
  /** The 110 demo documents alone: the relevance set's own corpus, as in npm test. */
  demo: MetricSet;
  /** nDCG@10 per query type on the full corpus. */
  ndcgByType: Record<string, number>;
}

export interface LatencyResult {
  multiChar: Latency;
  singleChar: Latency;
  typeAhead: Latency;
}

export interface SeatSearchResult {
  openMs: number;
  /** Added memory in steps: the engine's modules loaded (code, conversion and pinyin tables), … */
  memoryLoaded: MemoryAdded;
  /** … the 8,000-document knowledge base opened (segmenter words, summaries, pinyin lexicon), … */
  memoryOpened: MemoryAdded;
  /** … and after all the searches (SQLite page cache warm, caches full). */
  memory: MemoryAdded;
  latency: LatencyResult;
  /** The 2+ character queries again without highlights and snippets (what the peers return: ids). */
  multiCharIdsOnly: Latency;
  updates: Latency;
  quality: QualityResult;
}

export interface PeerResult {
  name: string;
  configuration: string;
  documents: number;
  /** Reading and parsing the files (the same parser Seat uses), before the index sees them. */
  parseMs: number;
  buildMs: number;
  memory: MemoryAdded;
  latency: LatencyResult;
  quality: QualityResult;
}
