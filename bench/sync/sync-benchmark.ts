import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchReport, type Metrics } from '../lib/bench-report';
import { round } from '../lib/stats';
import { runCenterLoad } from './center-load';
import { startCenterProcess } from './center-process';
import { fillCenter } from './fill-center';
import { pouchDefaultBatchSize, pouchdbReplicationTimes, type PouchPeerResult } from './pouchdb-peer';
import { readCenterTickets } from './read-center-tickets';
import { signInSeats } from './seat-sessions';
import { seatSyncMetrics, type SyncBenchContext } from './seat-sync-metrics';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const flag = (name: string) => process.argv.includes(name);

/**
 * `npm run bench -- sync` (issue 5). Fills a new center with generated
 * tickets, replicates the same tickets with PouchDB as the peer, runs the
 * seat-side measurements (seat-sync-metrics.ts), then puts the center
 * under a hall's load: 2,000 seats on SSE and 200 mutations/s of pushes.
 * `--no-pouchdb` and `--no-load` skip parts; `--keep` leaves the data directory.
 * SYNC_BENCH_TICKETS, _SEATS, _STREAMS, _RATE, _SECONDS and _POKE_COALESCE_MS
 * change the sizes, for experiments; the defaults are the issue's.
 */
export async function syncBenchmark(): Promise<void> {
  const tickets = setting('SYNC_BENCH_TICKETS', 100_000);
  const seats = setting('SYNC_BENCH_SEATS', 2000);
  const rate = setting('SYNC_BENCH_RATE', 200);
  const dataDir = mkdtempSync(join(tmpdir(), 'sync-bench-center-'));
  const metrics: Metrics = {};
  const peers: Record<string, Metrics> = {};
  try {
    const fill = await fillCenter(dataDir, { count: tickets, onProgress: (n) => process.stdout.write(`\rfilling the center: ${n}/${tickets}`) });
    process.stdout.write('\n');
    metrics['center filled: tickets (changes) in s'] = `${fill.tickets} (${fill.changes}) in ${round(fill.ms / 1000, 1)}`;

    const pouchdb = flag('--no-pouchdb') ? [] : await runPouchPeer(dataDir, peers);
    const context: SyncBenchContext = { dataDir, tickets, startCenter: () => startCenterProcess(dataDir), signInSeats, pouchdb };
    for (const seatMetric of seatSyncMetrics) {
      console.log(`seat: ${seatMetric.name}`);
      Object.assign(metrics, await seatMetric.run(context));
    }

    if (!flag('--no-load')) {
      console.log(`center load: ${seats} seats on SSE, ${rate} mutations/s`);
      Object.assign(
        metrics,
        await runCenterLoad({
          dataDir,
          seats,
          streams: Math.min(seats, setting('SYNC_BENCH_STREAMS', seats)),
          rate,
          seconds: setting('SYNC_BENCH_SECONDS', 25),
          // Every seat pushes once before the measured part: a seat's first push ever also records its incarnation, which in a running hall happened long ago.
          warmupSeconds: Math.ceil(seats / rate),
          seed: 5,
        }),
      );
    }
    writeBenchReport('sync', metrics, peers);
  } finally {
    if (flag('--keep')) console.log(`center data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

/** PouchDB replicating the center's tickets with its default batch and with the seat's largest pull page. */
async function runPouchPeer(dataDir: string, peers: Record<string, Metrics>): Promise<PouchPeerResult[]> {
  console.log('PouchDB peer: reading the center’s tickets, loading express-pouchdb, replicating');
  const results = await pouchdbReplicationTimes(readCenterTickets(dataDir), [pouchDefaultBatchSize, 1000]);
  const peer: Metrics = {};
  for (const result of results) {
    peer[`fresh PouchDB replicates ${result.docs} tickets, batch_size ${result.batchSize}: s (docs/s)`] =
      `${round(result.replicateMs / 1000, 1)} (${Math.round(result.docs / (result.replicateMs / 1000))})`;
  }
  peer['server load (bulkDocs into memory, not compared), s'] = round((results[0]?.serverLoadMs ?? 0) / 1000, 1);
  peers['PouchDB 9 from express-pouchdb 4.2, memory adapters'] = peer;
  return results;
}
