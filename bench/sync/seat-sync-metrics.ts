import type { Metrics } from '../lib/bench-report';
import type { CenterProcess } from './center-process';
import type { PouchPeerResult } from './pouchdb-peer';
import type { BenchSeat } from './seat-sessions';
import { seatSideRuns } from './seat-side-runs';

/** What the sync bench hands each seat-side measurement. */
export interface SyncBenchContext {
  /** A stopped center's data directory holding exactly `tickets` generated tickets, all in every seat's pull scope. */
  dataDir: string;
  tickets: number;
  /** The real center on `dataDir`, in its own process; stop it when done. */
  startCenter(): Promise<CenterProcess>;
  /** Seats signed in through the login route (the bench operator), each with a new client id. */
  signInSeats(url: string, count: number): Promise<BenchSeat[]>;
  /** PouchDB replicating the same tickets, by batch size, for the ratio seat ÷ PouchDB; empty with --no-pouchdb. */
  pouchdb: readonly PouchPeerResult[];
}

export interface SeatSyncMetric {
  name: string;
  run(context: SyncBenchContext): Promise<Metrics>;
}

/**
 * The seat-side figures of issue 5, run by sync-benchmark.ts after the
 * center is filled and before the load test changes it: initial sync of
 * 100,000 tickets (and its ratio to PouchDB), catch-up after a gap, pushing
 * 1,000 queued mutations, and the KB search p99 while a sync runs. Each
 * entry's metrics join `bench/out/sync.json`.
 */
export const seatSyncMetrics: SeatSyncMetric[] = [seatSideRuns];
