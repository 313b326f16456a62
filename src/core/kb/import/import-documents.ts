import { parseDocumentSource, type DocumentSource } from '../document/parse-document-source';
import type { ParsedKbDocument } from '../document/kb-document';
import type { KnowledgeIndex } from '../index/knowledge-index';
import { giveBackMemory } from '../../memory/give-back-memory';
import { withBulkWriteSettings } from './bulk-write-settings';
import type { ImportProgressListener, ImportReport } from './import-report';

/**
 * The one import path for documents from a folder or, later, from the
 * center. A document whose content hash is unchanged is left alone; a
 * changed one gets a new version; a malformed one is reported with its
 * path and reason and skipped while the rest import. Writes go in batches,
 * each in one transaction: an fsync per document would make a full import
 * of thousands of documents crawl (synchronous=FULL).
 */
export interface DocumentSourceList {
  total: number;
  /** Yields each source, or an error for a file that could not even be read. */
  sources(): Iterable<DocumentSource | { path: string; error: Error }>;
}

const batchSize = 200;
// An import of this many documents is bulk work: into an empty knowledge
// base it is a full rebuild, written with bulk settings
// (bulk-write-settings.ts), and after any import that wrote this many the
// memory it churned through is given back (give-back-memory.ts).
const bulkDocuments = 500;

export function importDocuments(index: KnowledgeIndex, list: DocumentSourceList, onProgress?: ImportProgressListener, now = Date.now()): ImportReport {
  const importAll = () => {
    const run = new ImportRun(index, list.total, onProgress, now);
    for (const item of list.sources()) run.add(item);
    return run.finish();
  };
  const rebuild = list.total >= bulkDocuments && index.store.documentCount() === 0;
  return afterImport(index, rebuild ? withBulkWriteSettings(index.db, importAll) : importAll());
}

function afterImport(index: KnowledgeIndex, report: ImportReport): ImportReport {
  if (report.added + report.updated >= bulkDocuments) giveBackMemory(index.db);
  return report;
}

export interface SliceOptions {
  /** Work this long, then let other work on the thread run (a search waits at most about this long). */
  sliceMs: number;
  /** Resolves once queued work had its turn (setImmediate in the core). */
  yieldToOthers: () => Promise<void>;
}

/**
 * The same import in time slices, for the seat core: a thousand-document
 * folder takes seconds, and the operator's searches must not wait for it.
 * Each slice ends with its writes committed, so a search between slices
 * sees a consistent knowledge base. The caller runs one import at a time.
 */
export async function importDocumentsInSlices(
  index: KnowledgeIndex,
  list: DocumentSourceList,
  slices: SliceOptions,
  onProgress?: ImportProgressListener,
  now = Date.now(),
): Promise<ImportReport> {
  const run = new ImportRun(index, list.total, onProgress, now);
  let sliceStarted = performance.now();
  for (const item of list.sources()) {
    run.add(item);
    if (performance.now() - sliceStarted >= slices.sliceMs) {
      run.flush();
      await slices.yieldToOthers();
      sliceStarted = performance.now();
    }
  }
  return afterImport(index, run.finish());
}

/** One import in progress: parses each source, writes in batches, counts into the report. */
class ImportRun {
  private readonly started = performance.now();
  private readonly report: ImportReport;
  private readonly seenIds = new Map<string, string>();
  private pending: ParsedKbDocument[] = [];
  private done = 0;

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly total: number,
    private readonly onProgress: ImportProgressListener | undefined,
    private readonly now: number,
  ) {
    this.report = { total, added: 0, updated: 0, unchanged: 0, failed: [], warnings: [], tookMs: 0 };
  }

  add(item: DocumentSource | { path: string; error: Error }): void {
    const report = this.report;
    this.done += 1;
    if ('error' in item) {
      report.failed.push({ path: item.path, reason: item.error.message });
    } else {
      try {
        const document = parseDocumentSource(item);
        const earlier = this.seenIds.get(document.id);
        if (earlier !== undefined) {
          report.failed.push({ path: item.path, reason: `id "${document.id}" is already used by ${earlier}` });
        } else {
          this.seenIds.set(document.id, item.path);
          for (const message of document.warnings) report.warnings.push({ path: item.path, message });
          this.pending.push(document);
          if (this.pending.length >= batchSize) this.flush();
        }
      } catch (error) {
        report.failed.push({ path: item.path, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    this.onProgress?.({ done: this.done, total: this.total, path: item.path });
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const { index, report, now } = this;
    const afterCommit: (() => void)[] = [];
    index.db
      .transaction(() => {
        for (const document of batch) {
          const previous = index.stateOf(document.id);
          if (previous?.contentHash === document.contentHash) {
            if (previous.sourcePath !== document.sourcePath) index.moveSource(previous, document.sourcePath);
            report.unchanged += 1;
            continue;
          }
          afterCommit.push(index.write(document, previous, now));
          if (previous) report.updated += 1;
          else report.added += 1;
        }
      })
      .immediate();
    for (const apply of afterCommit) apply();
  }

  finish(): ImportReport {
    this.flush();
    this.report.tookMs = Math.round(performance.now() - this.started);
    return this.report;
  }
}
