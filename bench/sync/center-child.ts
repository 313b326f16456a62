import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../../src/server/start-server';
import { serveBench } from './bench-child';
import type { CenterReply, CenterRequest, CenterStats } from './center-process';
import { centerResourcesDir } from './center-resources';

/** The center's process for the sync bench (see center-process.ts): the data directory is the one argument. */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: center-child.ts <data dir>');

// The center's defaults unless the bench is asked to try another poke window (SYNC_BENCH_POKE_COALESCE_MS).
const pokeCoalesceMs = process.env.SYNC_BENCH_POKE_COALESCE_MS === undefined ? undefined : Number(process.env.SYNC_BENCH_POKE_COALESCE_MS);
const server = await startServer({ port: 0, dataDir, resourcesDir: centerResourcesDir, logger: false, pokeCoalesceMs });
// Sampled every 5 ms: a stall of the center's loop is push latency for every seat at once.
const resolutionMs = 5;
const loop = monitorEventLoopDelay({ resolution: resolutionMs });
loop.enable();
let since = { cpu: process.cpuUsage(), at: performance.now() };

const connections = () =>
  new Promise<number>((resolve, reject) => server.center.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));

async function stats(): Promise<CenterStats> {
  const cpu = process.cpuUsage(since.cpu);
  const elapsedMs = performance.now() - since.at;
  const memory = process.memoryUsage();
  // The histogram holds the time between samples; the delay is what exceeds the sampling interval.
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - resolutionMs) * 100) / 100);
  return {
    type: 'stats',
    rssMb: Math.round(memory.rss / 1024 / 1024),
    heapUsedMb: Math.round(memory.heapUsed / 1024 / 1024),
    connections: await connections(),
    cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 100),
    eventLoopDelayP50Ms: ms(loop.percentile(50)),
    eventLoopDelayP99Ms: ms(loop.percentile(99)),
    eventLoopDelayMaxMs: ms(loop.max),
  };
}

const bench = serveBench<CenterRequest, CenterReply>(
  (message) => {
    if (message.type === 'stats') return stats();
    loop.reset();
    since = { cpu: process.cpuUsage(), at: performance.now() };
    return { type: 'stats-reset' };
  },
  () => server.close(),
);
bench.send({ type: 'ready', url: server.url });
