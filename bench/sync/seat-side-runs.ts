import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { startCoreWorker, type CoreWorker } from '../../src/core/worker/start-core-worker';
import type { SyncStatus } from '../../src/shared/contract/sync/sync-status-schema';
import { createSeatClient } from '../../src/shared/contract/seat-client';
import { completeTicket } from '../../tests/helpers/complete-intake-ticket';
import { coreWorkerSource, pullReaderSource } from '../../tests/helpers/core-worker-from-source';
import type { Metrics } from '../lib/bench-report';
import { percentile, round } from '../lib/stats';
import { benchOperator } from './bench-operator';
import { centerResourcesDir } from './center-resources';
import { fillCenter } from './fill-center';
import type { SeatSyncMetric } from './seat-sync-metrics';

/** What an operator types into the KB search while the seat syncs: two-character words, phrases, pinyin. */
const kbQueries = ['社保', '医保', '公积金', '居住证', '电梯', '供暖', 'gjj', '停车', '租房提取公积金', '噪音扰民'];
/** One search every 25 ms from the shell's thread, as a typing operator's keystrokes arrive. */
const searchEveryMs = 25;
const catchUpTickets = 4_000;
const queuedIntakes = 500;

interface SeatUnderTest {
  core: CoreWorker;
  client: ReturnType<typeof createSeatClient>;
  databasePath: string;
}

/**
 * The seat's side of issue 5's numbers, against the real center in its own
 * process: the seat core runs in its worker thread exactly as in the app,
 * and the timings are taken where the renderer would see them (the shell's
 * thread, across the MessagePort).
 */
export const seatSideRuns: SeatSyncMetric = {
  name: 'initial sync, catch-up, 1,000 queued mutations, KB search during sync',
  async run(context) {
    const metrics: Metrics = {};
    const seatDir = mkdtempSync(join(tmpdir(), 'sync-bench-seat-'));
    let center = await context.startCenter();
    try {
      let seat = await openSeat(join(seatDir, 'seat.sqlite'));
      await seat.client.call('sync.connect', { centerUrl: center.url, seatId: 'BENCH-01' });

      // 1. Initial sync into an empty seat, with KB searches running the whole time.
      const searches = searchWhile(seat);
      const initialMs = await timed(() => seat.client.call('sync.signIn', benchOperator));
      const latencies = await searches.stop();
      const pulled = countTickets(seat.databasePath);
      metrics[`initial sync of ${pulled} tickets, s`] = round(initialMs / 1000, 2);
      metrics['initial sync, tickets/s'] = Math.round(pulled / (initialMs / 1000));
      const pouch = context.pouchdb.find((result) => result.batchSize === 1000) ?? context.pouchdb[0];
      if (pouch) metrics[`initial sync ÷ PouchDB (batch ${pouch.batchSize}) time`] = round(initialMs / pouch.replicateMs, 2);
      metrics['KB search during initial sync: searches'] = latencies.length;
      metrics['KB search during initial sync: p50 / p99 / max ms'] = `${round(percentile(latencies, 50), 1)} / ${round(percentile(latencies, 99), 1)} / ${round(Math.max(...latencies), 1)}`;

      // 2. A day offline: the seat is closed while the center takes more tickets, then catches up.
      await seat.core.stop();
      await center.stop();
      const added = await fillCenter(context.dataDir, { count: catchUpTickets, seed: 7, spanMs: 24 * 3600_000 });
      center = await context.startCenter();
      seat = await openSeat(seat.databasePath);
      await seat.client.call('sync.connect', { centerUrl: center.url, seatId: 'BENCH-01' });
      const catchUpMs = await timed(() => seat.client.call('sync.signIn', benchOperator));
      metrics[`catch-up of ${added.changes} changes (${added.tickets} tickets), s`] = round(catchUpMs / 1000, 2);

      // 3. 1,000 mutations queued offline (500 intakes: create + dispatch request each), then pushed.
      await seat.client.call('sync.signOut', {});
      for (let i = 0; i < queuedIntakes; i += 1) {
        await seat.client.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket({ title: `压测排队工单 ${i}` }) });
      }
      const queued = (await seat.client.call('sync.status', {})).pending;
      const drained = pendingReachesZero(seat);
      const started = performance.now();
      const signedIn = seat.client.call('sync.signIn', benchOperator);
      const pushMs = (await drained) - started;
      await signedIn;
      metrics[`push of ${queued} queued mutations (until the center acknowledged all), s`] = round(pushMs / 1000, 2);
      await seat.core.stop();
      return metrics;
    } finally {
      await center.stop();
      rmSync(seatDir, { recursive: true, force: true });
    }
  },
};

async function openSeat(databasePath: string): Promise<SeatUnderTest> {
  const core = await startCoreWorker({
    workerFile: coreWorkerSource,
    pullReaderFile: pullReaderSource,
    execArgv: ['--import', 'tsx'],
    databasePath,
    appVersion: 'bench',
    resourcesDir: centerResourcesDir,
  });
  const client = createSeatClient(core);
  // The shipped KB is imported on a first start; searches are measured against a full KB.
  while ((await client.call('kb.status', {})).importRunning || (await client.call('kb.status', {})).documentCount === 0) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { core, client, databasePath };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Searches on a fixed schedule and measures each from when it was due, not
 * from when it could be sent, so a search held up behind a sync slice counts
 * its whole wait (no coordinated omission).
 */
function searchWhile(seat: SeatUnderTest) {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    const start = performance.now();
    for (let i = 0; running; i += 1) {
      const due = start + i * searchEveryMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await seat.client.call('kb.search', { query: kbQueries[i % kbQueries.length] as string });
      latencies.push(performance.now() - due);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

function pendingReachesZero(seat: SeatUnderTest): Promise<number> {
  return new Promise((resolve) => {
    const unsubscribe = seat.core.subscribe('sync.status', (status) => {
      if ((status as SyncStatus).pending === 0) {
        unsubscribe();
        resolve(performance.now());
      }
    });
  });
}

function countTickets(databasePath: string): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;
  } finally {
    db.close();
  }
}
