import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium-launch';
import { spawnBuiltHost, type SpawnedHost } from '../../tests/helpers/spawn-built-host';

/**
 * Input → painted frame in Chromium, measured inside the page. The probe is
 * installed before the renderer loads (a plain string: tsx would wrap named
 * functions in a helper the page lacks) and records:
 *
 * - typing: for every `input` event on the element named by startTyping(),
 *   the keystroke's timeStamp (its keydown, or its beforeinput when the text
 *   arrives without one, as an input method's commit does), when the input
 *   handlers ran and ended (React renders controlled inputs synchronously),
 *   and the first frame after it: the rAF time, and "painted", taken by a
 *   message posted from that rAF, which runs once the frame's style, layout,
 *   paint and commit are done. A second rAF (the next frame's start, an upper
 *   bound one frame late) is kept too.
 * - changes: after arm(label, watch), the next keydown / beforeinput / change
 *   is t0; each following frame compares a signature of what is watched
 *   (the tickets list's count and first rows; the KB results list) with the
 *   one taken at arm time, and the first frame where it differs is the
 *   painted change. A response identical to what is on screen (the same
 *   first rows and count, the same KB results) changes nothing; then the
 *   first frame painted after that response counts ('unchanged'). With a
 *   KB query given, only a change after the answer to that text arrived
 *   counts: React Query keeps the previous results on screen until then,
 *   and a change to those (staleFirst) is not the answer, unless it turns
 *   out to equal the answer (the text's own cached results: 'cached').
 * - requests: every /api/invoke call (method, KB query, start, end, the
 *   first frame painted after it arrived), for the breakdown.
 * - Event Timing entries (the browser's own input → next-paint duration,
 *   8 ms granularity, ≥ 16 ms only) and long tasks, as evidence.
 */
export const paintProbeScript = String.raw`(() => {
  const probe = { typing: [], changes: [], requests: [], events: [], longTasks: [], typingTarget: null, armed: null };
  window.__paintProbe = probe;
  let pendingStart = null;
  let current = null;
  let dirty = true;
  const afterPaint = (done) => requestAnimationFrame((frame) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frame, performance.now());
    channel.port2.postMessage(null);
  });
  const modifiers = new Set(['Shift', 'Control', 'Alt', 'Meta']);
  const armStart = (timeStamp) => {
    if (probe.armed && probe.armed.t0 === null) probe.armed.t0 = timeStamp;
  };
  addEventListener('keydown', (event) => {
    if (modifiers.has(event.key)) return;
    pendingStart = event.timeStamp;
    armStart(event.timeStamp);
  }, true);
  addEventListener('keyup', () => { pendingStart = null; }, true);
  addEventListener('beforeinput', (event) => {
    if (pendingStart === null) pendingStart = event.timeStamp;
    armStart(event.timeStamp);
  }, true);
  addEventListener('change', (event) => armStart(event.timeStamp), true);
  addEventListener('input', (event) => {
    const start = pendingStart === null ? event.timeStamp : pendingStart;
    pendingStart = null;
    if (probe.typingTarget === null || !event.target || event.target.id !== probe.typingTarget) return;
    const sample = { t0: start, inputAt: event.timeStamp, handlerStart: performance.now(), handlerEnd: null, frame: null, painted: null, nextFrame: null, length: event.target.value.length };
    probe.typing.push(sample);
    current = sample;
    afterPaint((frame, painted) => {
      sample.frame = frame;
      sample.painted = painted;
      requestAnimationFrame((next) => { sample.nextFrame = next; });
    });
  }, true);
  addEventListener('input', () => {
    if (current) current.handlerEnd = performance.now();
    current = null;
  }, false);

  const text = (selector) => { const node = document.querySelector(selector); return node ? node.textContent : '-'; };
  const signatures = {
    tickets: () => {
      const rows = Array.from(document.querySelectorAll('#tickets-list [role=option]')).slice(0, 8);
      return text('[role=status][aria-label="工单列表"]') + '#' + (document.getElementById('tickets-list') ? '' : 'empty') + '#' +
        rows.map((row) => (row.children[0] ? row.children[0].textContent : '') + '|' + (row.children[2] ? row.children[2].textContent : '')).join(';');
    },
    kb: () => {
      const list = document.querySelector('[role=dialog] [role=listbox]');
      return (list ? list.innerHTML : '-') + '#' + text('[role=dialog] [role=status]');
    },
  };
  let lastMutationAt = 0;
  new MutationObserver(() => { dirty = true; lastMutationAt = performance.now(); }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  const finish = (armed, frame, painted, how, signature) => {
    probe.armed = null;
    // What showed before the answer was this answer after all (React Query's cache for this very text): painted then.
    if (armed.early && signature === armed.early.signature) {
      probe.changes.push({ label: armed.label, t0: armed.t0, frame: armed.early.frame, painted: armed.early.painted, how: 'cached', staleFirst: false });
    } else {
      probe.changes.push({ label: armed.label, t0: armed.t0, frame, painted, how, staleFirst: armed.early !== null });
    }
  };
  const watch = () => {
    const armed = probe.armed;
    if (!armed) return;
    requestAnimationFrame((frame) => {
      if (probe.armed !== armed) return;
      const now = performance.now();
      if (armed.t0 !== null && now - armed.t0 > armed.timeoutMs) {
        finish(armed, null, null, 'timeout', null);
        return;
      }
      if (armed.t0 !== null && dirty) {
        dirty = false;
        const signature = signatures[armed.watch]();
        if (signature !== armed.baseline) {
          const answer = armed.query === null ? null : probe.requests.find((request) => request.method === armed.method && request.query === armed.query && request.start >= armed.t0 && request.end !== null);
          if (armed.query === null || (answer && lastMutationAt > answer.end)) {
            probe.armed = null;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => finish(armed, frame, performance.now(), 'changed', signature);
            channel.port2.postMessage(null);
            return;
          }
          // Changed before the answer to this text arrived: earlier results kept on screen meanwhile (or this
          // text's cached results, told apart once the answer is in).
          armed.baseline = signature;
          if (armed.early === null) {
            const early = { frame, painted: null, signature };
            armed.early = early;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => { early.painted = performance.now(); };
            channel.port2.postMessage(null);
          }
        }
      }
      if (armed.t0 !== null && armed.method !== null) {
        const answered = probe.requests.find((request) => request.method === armed.method && (armed.query === null || request.query === armed.query) && request.start >= armed.t0 && request.paintedAfter !== null);
        if (answered && now - answered.paintedAfter > 50) {
          finish(armed, answered.frameAfter, answered.paintedAfter, 'unchanged', signatures[armed.watch]());
          return;
        }
      }
      watch();
    });
  };
  probe.arm = (label, watchName, method, query, timeoutMs) => {
    probe.armed = { label, watch: watchName, baseline: signatures[watchName](), t0: null, method, query, timeoutMs, early: null };
    dirty = false;
    watch();
  };
  probe.idle = () => probe.armed === null;

  const realFetch = window.fetch.bind(window);
  window.fetch = (resource, init) => {
    const url = typeof resource === 'string' ? resource : resource.url;
    if (!url.endsWith('/api/invoke') || !init || typeof init.body !== 'string') return realFetch(resource, init);
    let method = '?';
    let query = null;
    try {
      const body = JSON.parse(init.body);
      method = body.method;
      if (body.input && typeof body.input.query === 'string') query = body.input.query;
    } catch (error) { /* not ours */ }
    const request = { method, query, start: performance.now(), end: null, frameAfter: null, paintedAfter: null };
    probe.requests.push(request);
    return realFetch(resource, init).then((response) => {
      response.clone().arrayBuffer().then(() => {
        request.end = performance.now();
        afterPaint((frame, painted) => { request.frameAfter = frame; request.paintedAfter = painted; });
      });
      return response;
    });
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, processingStart: entry.processingStart, processingEnd: entry.processingEnd });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { /* Event Timing unavailable: the rAF figures stand alone */ }
})();`;

export interface TypingSample {
  t0: number;
  inputAt: number;
  handlerStart: number;
  handlerEnd: number | null;
  frame: number | null;
  painted: number | null;
  nextFrame: number | null;
  length: number;
}

export interface ChangeSample {
  label: string;
  t0: number;
  frame: number | null;
  painted: number | null;
  /** cached: what showed at once, before the answer, was the answer (React Query's cache for the same filter or text). */
  how: 'changed' | 'unchanged' | 'cached' | 'timeout';
  /** The watched list first changed to something else before the answer to this keystroke's text arrived (other results shown meanwhile). */
  staleFirst: boolean;
}

export interface RequestSample {
  method: string;
  query: string | null;
  start: number;
  end: number | null;
  frameAfter: number | null;
  paintedAfter: number | null;
}

export interface ProbeData {
  typing: TypingSample[];
  changes: ChangeSample[];
  requests: RequestSample[];
  events: { name: string; startTime: number; duration: number; processingStart: number; processingEnd: number }[];
  longTasks: { startTime: number; duration: number }[];
}

export const readProbe = (page: Page) =>
  page.evaluate<ProbeData>(
    'JSON.parse(JSON.stringify({ typing: __paintProbe.typing, changes: __paintProbe.changes, requests: __paintProbe.requests, events: __paintProbe.events, longTasks: __paintProbe.longTasks }))',
  );

export const startTyping = (page: Page, elementId: string) => page.evaluate(`__paintProbe.typingTarget = ${JSON.stringify(elementId)}`);
export const stopTyping = (page: Page) => page.evaluate('__paintProbe.typingTarget = null');

/**
 * Runs `act` (the keystroke that changes something) with the probe armed,
 * and waits until the change is painted (or the probe's own timeout).
 * `query`: for the KB, the text searched after the keystroke, so only the
 * answer to that text ends the wait when it leaves the results as they were.
 */
export async function measureChange(
  page: Page,
  label: string,
  watch: 'tickets' | 'kb',
  act: () => Promise<void>,
  options: { query?: string; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const method = watch === 'tickets' ? 'tickets.list' : 'kb.search';
  await page.evaluate(`__paintProbe.arm(${[label, watch, method, options.query ?? null, timeoutMs].map((value) => JSON.stringify(value)).join(', ')})`);
  await act();
  // Polled from here: the page's CSP forbids the eval that a string predicate of waitForFunction needs.
  const deadline = Date.now() + timeoutMs + 5000;
  while (!(await page.evaluate<boolean>('__paintProbe.idle()'))) {
    if (Date.now() > deadline) throw new Error(`${label}: the probe never finished`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface BenchSeat {
  host: SpawnedHost;
  page: Page;
  /**
   * The same typing into a bare <textarea> on an empty page in the same
   * browser: what keystroke → painted costs with no application at all
   * (the wait for the next frame, Chromium's own input and paint path).
   */
  bareTextareaTyping(text: string, delayMs: number): Promise<TypingSample[]>;
  close(): Promise<void>;
}

/**
 * The built browser host on an existing seat database (linked, not copied:
 * the million-ticket file is ~2 GB) and Chromium at a 1440×900 window with
 * the probe installed. close() stops both, checkpoints the WAL this run
 * left beside the database (SQLite puts it next to the real file) when
 * there was none before, and removes the temporary data directory.
 */
export async function openBenchSeat(databasePath: string): Promise<BenchSeat> {
  const walExisted = existsSync(`${databasePath}-wal`) || existsSync(`${databasePath}-shm`);
  const dataDir = mkdtempSync(join(tmpdir(), 'seat-bench-ui-'));
  symlinkSync(databasePath, join(dataDir, 'seat.sqlite'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ctiPort: 0 }));
  let host: SpawnedHost | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await host?.stop();
    if (!walExisted && (existsSync(`${databasePath}-wal`) || existsSync(`${databasePath}-shm`))) {
      // A connection that has read the database and is the last to close checkpoints the WAL and deletes both files.
      const db = new Database(databasePath);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    host = await spawnBuiltHost(dataDir);
    browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    await page.addInitScript(paintProbeScript);
    await page.goto(host.url);
    const openBrowser = browser;
    const bareTextareaTyping = async (text: string, delayMs: number) => {
      const bare = await openBrowser.newPage({ viewport: { width: 1440, height: 900 } });
      try {
        await bare.addInitScript(paintProbeScript);
        await bare.goto('data:text/html;charset=utf-8,<!doctype html><textarea id="bare" rows="7" cols="80"></textarea>');
        await bare.locator('#bare').focus();
        await startTyping(bare, 'bare');
        await bare.keyboard.type(text, { delay: delayMs });
        await bare.waitForTimeout(200);
        return (await readProbe(bare)).typing;
      } finally {
        await bare.close();
      }
    };
    return { host, page, bareTextareaTyping, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The probe's samples as milliseconds from keystroke to painted frame (the samples that painted). */
export function typingLatencies(samples: readonly TypingSample[]) {
  const painted = samples.filter((sample) => sample.painted !== null);
  return {
    painted: painted.map((sample) => sample.painted! - sample.t0),
    nextFrame: painted.filter((sample) => sample.nextFrame !== null).map((sample) => sample.nextFrame! - sample.t0),
    queued: painted.map((sample) => sample.handlerStart - sample.t0),
    handlers: painted.filter((sample) => sample.handlerEnd !== null).map((sample) => sample.handlerEnd! - sample.handlerStart),
    handlersToPainted: painted.filter((sample) => sample.handlerEnd !== null).map((sample) => sample.painted! - sample.handlerEnd!),
    missing: samples.length - painted.length,
  };
}

/** Every sample as recorded, for a closer look: bench/out/<name>-raw.json (bench/out is not committed). */
export function writeRawProbe(name: string, data: unknown): void {
  const dir = join(import.meta.dirname, '..', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}-raw.json`), `${JSON.stringify(data)}\n`);
}
