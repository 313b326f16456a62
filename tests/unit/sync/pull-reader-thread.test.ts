import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPagesOnThread } from '../../../src/core/sync/pull-reader/pull-reader-thread';
import type { ReadPage } from '../../../src/core/sync/pull-reader/pull-reader-messages';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * The core's side of the pull reader: pages in order with flow control, and
 * every way the thread can end early turned into an error the engine
 * catches (it then pulls on by itself). The threads here are small scripts
 * standing in for the reader, so each ending can be staged.
 */
describe('readPagesOnThread', () => {
  const tempDir = useTempDir();
  const data = { centerUrl: 'http://127.0.0.1:9', accessToken: 't', cursor: 0 };

  function reader(body: string): { file: string } {
    const file = join(tempDir(), 'reader.mjs');
    writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nconst page = (cursor, hasMore) => ({ type: 'page', page: { tickets: [], cursor, hasMore } });\n${body}`);
    return { file };
  }

  async function collect(pages: AsyncIterable<ReadPage>): Promise<{ cursors: number[]; error: string | null }> {
    const cursors: number[] = [];
    try {
      for await (const page of pages) cursors.push(page.cursor);
      return { cursors, error: null };
    } catch (error) {
      return { cursors, error: (error as Error).message };
    }
  }

  it('yields pages in order, asking for the next only after each is applied', async () => {
    // Sends one page per 'applied' after the first two: it must never run further ahead.
    const thread = reader(`
      let sent = 0, credits = 2;
      const pump = () => { while (credits > 0 && sent < 5) { credits--; sent++; parentPort.postMessage(page(sent, sent < 5)); } if (sent === 5) parentPort.close(); };
      parentPort.on('message', (m) => { if (m.type === 'applied') { credits++; pump(); } });
      pump();`);
    expect(await collect(readPagesOnThread(thread, data, new AbortController().signal))).toEqual({ cursors: [1, 2, 3, 4, 5], error: null });
  });

  it('ends with the reader’s reason when it fails after some pages', async () => {
    const thread = reader(`parentPort.postMessage(page(7, true)); parentPort.postMessage({ type: 'failed', message: 'the center answered 503' });`);
    expect(await collect(readPagesOnThread(thread, data, new AbortController().signal))).toEqual({
      cursors: [7],
      error: "the pull reader's thread stopped: the center answered 503",
    });
  });

  it('ends with an error when the thread exits or crashes before the last page', async () => {
    const exits = reader(`parentPort.postMessage(page(1, true)); process.exit(3);`);
    expect((await collect(readPagesOnThread(exits, data, new AbortController().signal))).error).toBe("the pull reader's thread exited (code 3) before the last page");
    const crashes = reader(`throw new Error('boom');`);
    expect((await collect(readPagesOnThread(crashes, data, new AbortController().signal))).error).toBe("the pull reader's thread crashed: boom");
  });

  it('stops when the seat disconnects, even while the reader has pages waiting', async () => {
    const thread = reader(`parentPort.postMessage(page(1, true)); parentPort.postMessage(page(2, true)); setInterval(() => {}, 1000);`);
    const abort = new AbortController();
    const cursors: number[] = [];
    await expect(
      (async () => {
        for await (const page of readPagesOnThread(thread, data, abort.signal)) {
          cursors.push(page.cursor);
          abort.abort();
        }
      })(),
    ).rejects.toThrow('the pull was stopped');
    expect(cursors).toEqual([1]);
  });
});
