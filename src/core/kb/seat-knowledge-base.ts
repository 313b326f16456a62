import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EventBus } from '../contract/event-bus';
import type { DocumentSource } from './document/parse-document-source';
import { createKnowledgeBase, type ImportProgress, type ImportReport, type KnowledgeBase } from './knowledge-base';
import { writeLastImport } from './last-import-record';

export interface SeatKnowledgeBaseOptions {
  db: Database;
  /** The shipped resources: resources/kb holds synonyms.txt, dictionary.txt and the demo documents in docs/. */
  resourcesDir: string;
  emit: EventBus['emit'];
}

/** The knowledge base as the seat core runs it: loaded after start, filled on a first start, imports one at a time. */
export interface SeatKnowledgeBase {
  /** Loaded, and on a first start filled with the shipped documents. */
  ready(): Promise<KnowledgeBase>;
  /** Imports a folder in time slices after any import already running; emits kb.importProgress and kb.changed. */
  importFolder(folder: string): Promise<ImportReport>;
  /** Imports documents published by the center (a page at a time), through the same import code, after any running import. */
  importFromCenter(sources: readonly DocumentSource[]): Promise<ImportReport>;
  importRunning(): boolean;
  /** What went wrong outside any one call (a failed first-start import), for Settings. */
  startupProblems(): readonly string[];
  close(): void;
}

// A search arriving during an import waits at most about one slice.
const sliceMs = 40;
// The progress bar needs a few updates a second, not one message per file of a big folder.
const progressEveryMs = 100;

export function createSeatKnowledgeBase({ db, resourcesDir, emit }: SeatKnowledgeBaseOptions): SeatKnowledgeBase {
  const kbResourcesDir = join(resourcesDir, 'kb');
  const shippedDocuments = join(kbResourcesDir, 'docs');
  const startupProblems: string[] = [];
  let closed = false;
  let running = 0;

  // Loading (the segmenter's dictionaries, the conversion tables) takes a few
  // hundred milliseconds: it runs once the core has answered its first
  // messages rather than delaying the core's start.
  let loadTimer: NodeJS.Immediate | undefined;
  const loaded = new Promise<KnowledgeBase>((resolve, reject) => {
    loadTimer = setImmediate(() => {
      try {
        resolve(createKnowledgeBase(db, { resourcesDir: kbResourcesDir }));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });

  // A newcomer's seat should not open on an empty knowledge base.
  const filled = loaded.then(async (kb) => {
    if (kb.documentCount() === 0 && existsSync(shippedDocuments)) {
      try {
        await runImport(kb, shippedDocuments, 'shipped');
      } catch (error) {
        if (!closed) startupProblems.push(`${shippedDocuments}: ${messageOf(error)}`);
      }
    }
    return kb;
  });
  // A load failure reaches the operator through every kb.* call that awaits it;
  // this only keeps it from also being an unhandled rejection.
  filled.catch(() => undefined);
  let importQueue: Promise<unknown> = filled.catch(() => undefined);

  async function runImport(kb: KnowledgeBase, folder: string, source: 'shipped' | 'folder'): Promise<ImportReport> {
    running += 1;
    try {
      const report = await kb.importFolderInSlices(folder, { sliceMs, yieldToOthers }, throttledProgress());
      writeLastImport(db, {
        at: Date.now(),
        source,
        folder,
        total: report.total,
        added: report.added,
        updated: report.updated,
        unchanged: report.unchanged,
        failed: report.failed.length,
        tookMs: report.tookMs,
      });
      if (report.added + report.updated > 0) emit('kb.changed', { documentCount: kb.documentCount() });
      return report;
    } finally {
      running -= 1;
    }
  }

  function throttledProgress() {
    let lastSent = 0;
    return (progress: ImportProgress) => {
      const now = performance.now();
      if (progress.done < progress.total && now - lastSent < progressEveryMs) return;
      lastSent = now;
      emit('kb.importProgress', progress);
    };
  }

  function yieldToOthers(): Promise<void> {
    return new Promise((resolve, reject) => {
      setImmediate(() => (closed ? reject(new Error('the seat core closed during the import')) : resolve()));
    });
  }

  return {
    ready: () => filled,
    importFolder(folder) {
      const run = importQueue.then(() => filled).then((kb) => runImport(kb, folder, 'folder'));
      importQueue = run.catch(() => undefined);
      return run;
    },
    importFromCenter(sources) {
      const run = importQueue
        .then(() => filled)
        .then((kb) => {
          const report = kb.importDocuments(sources);
          if (report.added + report.updated > 0) emit('kb.changed', { documentCount: kb.documentCount() });
          return report;
        });
      importQueue = run.catch(() => undefined);
      return run;
    },
    importRunning: () => running > 0,
    startupProblems: () => startupProblems,
    close() {
      closed = true;
      clearImmediate(loadTimer);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
