import { join } from 'node:path';
import { forkBenchChild } from './bench-child';

/** What the center's process reports about itself since the last reset. */
export interface CenterStats {
  type: 'stats';
  rssMb: number;
  heapUsedMb: number;
  /** Open TCP connections: the event streams plus the push client's keep-alive connections. */
  connections: number;
  /** CPU time over wall time since the reset, in % of one core. */
  cpuPercent: number;
  eventLoopDelayP50Ms: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export type CenterRequest = { type: 'reset-stats' } | { type: 'stats' };
export type CenterReply = { type: 'ready'; url: string } | { type: 'stats-reset' } | CenterStats;

export interface CenterProcess {
  url: string;
  resetStats(): Promise<void>;
  stats(): Promise<CenterStats>;
  stop(): Promise<void>;
}

/**
 * The real center (startServer, as `npm run server` runs it: default poke
 * coalescing, stream limit and synchronous=FULL) on 127.0.0.1 in its own
 * process, so the load generator never shares its event loop or its CPU
 * accounting.
 */
export async function startCenterProcess(dataDir: string): Promise<CenterProcess> {
  const child = forkBenchChild<CenterRequest, CenterReply>(join(import.meta.dirname, 'center-child.ts'), [dataDir]);
  try {
    const { url } = await child.next('ready');
    return {
      url,
      async resetStats() {
        child.send({ type: 'reset-stats' });
        await child.next('stats-reset');
      },
      async stats() {
        child.send({ type: 'stats' });
        return child.next('stats');
      },
      stop: () => child.stop(),
    };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
