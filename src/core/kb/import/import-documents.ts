import { parseDocumentSource, type DocumentSource } from '../document/parse-document-source';
import type { ParsedKbDocument } from '../document/kb-document';
import type { KnowledgeIndex } from '../index/knowledge-index';
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

export function importDocuments(index: KnowledgeIndex, list: DocumentSourceList, onProgress?: ImportProgressListener, now = Date.now()): ImportReport {
  const started = performance.now();
  const report: ImportReport = { total: list.total, added: 0, updated: 0, unchanged: 0, failed: [], warnings: [], tookMs: 0 };
  const seenIds = new Map<string, string>();
  let pending: ParsedKbDocument[] = [];
  let done = 0;

  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
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
  };

  for (const item of list.sources()) {
    done += 1;
    if ('error' in item) {
      report.failed.push({ path: item.path, reason: item.error.message });
    } else {
      try {
        const document = parseDocumentSource(item);
        const earlier = seenIds.get(document.id);
        if (earlier !== undefined) {
          report.failed.push({ path: item.path, reason: `id "${document.id}" is already used by ${earlier}` });
        } else {
          seenIds.set(document.id, item.path);
          for (const message of document.warnings) report.warnings.push({ path: item.path, message });
          pending.push(document);
          if (pending.length >= batchSize) flush();
        }
      } catch (error) {
        report.failed.push({ path: item.path, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    onProgress?.({ done, total: list.total, path: item.path });
  }
  flush();
  report.tookMs = Math.round(performance.now() - started);
  return report;
}
