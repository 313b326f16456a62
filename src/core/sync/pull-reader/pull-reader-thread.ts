import { Worker } from 'node:worker_threads';
import type { FromPullReader, PullReaderData, ReadPage, ToPullReader } from './pull-reader-messages';

export interface PullReaderThread {
  /** The built pull-reader.js, or pull-reader-entry.ts with a loader. */
  file: string;
  /** Default: this thread's own (a core run from source passes its loader on). */
  execArgv?: string[];
}

/**
 * Pages of a pull read on a thread of their own (pull-reader-entry.ts):
 * fetching, parsing and checking the center's JSON and preparing each
 * ticket's rows is half of a first pull's work, and there it runs on the
 * seat PC's other core while the core's thread writes the page before.
 * Ends when the center has no more; throws when the thread failed or
 * stopped early (the core's own pull then carries on from its cursor).
 */
export async function* readPagesOnThread(thread: PullReaderThread, data: PullReaderData, signal: AbortSignal): AsyncGenerator<ReadPage> {
  const worker = new Worker(thread.file, { workerData: data, execArgv: thread.execArgv });
  const arrived: FromPullReader[] = [];
  let ended: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: FromPullReader) => {
    arrived.push(message);
    notify();
  });
  worker.once('error', (error) => {
    ended ??= new Error(`the pull reader's thread crashed: ${error.message}`);
    notify();
  });
  worker.once('exit', (code) => {
    ended ??= new Error(`the pull reader's thread exited (code ${code}) before the last page`);
    notify();
  });
  signal.addEventListener('abort', notify, { once: true });
  try {
    for (;;) {
      if (signal.aborted) throw new Error('the pull was stopped');
      const message = arrived.shift();
      if (message?.type === 'page') {
        yield message.page;
        if (!message.page.hasMore) return;
        worker.postMessage({ type: 'applied' } satisfies ToPullReader);
      } else if (message?.type === 'failed') {
        throw new Error(`the pull reader's thread stopped: ${message.message}`);
      } else if (ended) {
        throw ended;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    signal.removeEventListener('abort', notify);
    void worker.terminate();
  }
}
