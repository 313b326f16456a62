import { centerDefaults } from '../../src/server/center-options';
import type { Metrics } from '../lib/bench-report';
import { percentile, round } from '../lib/stats';
import { startCenterProcess } from './center-process';
import { centerResourcesDir } from './center-resources';
import { centerIntakeGenerator, demoIntakeCatalog } from './center-tickets';
import { runPacedPushes } from './paced-pushes';
import { signInSeats } from './seat-sessions';
import { startSseSeats } from './sse-seats';

export interface CenterLoadOptions {
  dataDir: string;
  /** Seats signed in and pushing. */
  seats: number;
  /** How many of them hold an event stream: all of them in a hall; fewer to see what the streams cost. */
  streams: number;
  /** Mutations per second. */
  rate: number;
  seconds: number;
  warmupSeconds: number;
  seed: number;
}

/** Issue 5's center targets. */
export const centerLoadTargets = { seats: 2000, rate: 200, ackP99Ms: 50 } as const;

/**
 * The center under a hall's load, three processes on one machine: the
 * center, the seats' event streams, and this process pushing. All seats
 * sign in and open `GET /v1/sync/events`; once every stream has its first
 * poke, pushes arrive at a fixed rate from all of them for a bounded time,
 * and every stream's pokes are checked against the commits they announce.
 */
export async function runCenterLoad(options: CenterLoadOptions): Promise<Metrics> {
  const center = await startCenterProcess(options.dataDir);
  const streams = startSseSeats();
  try {
    const signInStarted = performance.now();
    const seats = await signInSeats(center.url, options.seats);
    const signInMs = performance.now() - signInStarted;
    const opened = await streams.open(center.url, seats.slice(0, options.streams));
    await center.resetStats();
    // A moment with every stream open and nothing else: what holding the streams costs.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = await center.stats();
    const pushes = await runPacedPushes({
      url: center.url,
      seats,
      rate: options.rate,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      generate: centerIntakeGenerator(demoIntakeCatalog(centerResourcesDir), options.seed),
      onMeasureStart: () => void center.resetStats(),
    });
    const busy = await center.stats();
    // The last commits' pokes leave after the coalescing window; give them time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const pokes = await streams.report(pushes.commits);
    const errors = Object.entries(pushes.errors);
    const ms = (samples: number[], p: number) => round(percentile(samples, p), 1);
    const p99 = percentile(pushes.fromDueMs, 99);
    const met =
      pokes.stillOpen >= centerLoadTargets.seats &&
      pushes.achievedRate >= centerLoadTargets.rate * 0.98 &&
      errors.length === 0 &&
      p99 <= centerLoadTargets.ackP99Ms;
    return {
      [`target: ${centerLoadTargets.seats} seats on SSE, ${centerLoadTargets.rate} mutations/s acknowledged with p99 ≤ ${centerLoadTargets.ackP99Ms} ms`]: met
        ? 'met'
        : `not met (p99 ${round(p99, 1)} ms)`,
      'seats signed in (login route, one client id each)': `${seats.length} in ${round(signInMs / 1000, 1)} s`,
      'SSE streams connected (first poke received)': `${opened.connected}/${options.streams} in ${round(opened.ms / 1000, 1)} s`,
      'poke coalescing window, ms': process.env.SYNC_BENCH_POKE_COALESCE_MS ?? `${centerDefaults.pokeCoalesceMs} (default)`,
      'SSE streams refused or failed': Object.keys(opened.failed).length === 0 ? 0 : JSON.stringify(opened.failed),
      'center with all streams open, idle: RSS MB / CPU % / loop delay p99 ms': `${idle.rssMb} / ${idle.cpuPercent} / ${idle.eventLoopDelayP99Ms}`,
      'push: offered rate, mutations/s (one per push, create + request alternating)': options.rate,
      'push: measured for, s (after warm-up, s)': `${options.seconds} (${options.warmupSeconds})`,
      'push: achieved rate, applied mutations/s': round(pushes.achievedRate, 1),
      'push: applied / due': `${pushes.applied}/${pushes.due}`,
      'push: errors': errors.length === 0 ? 0 : JSON.stringify(pushes.errors),
      'push ack latency from due time, p50 / p95 / p99 / max ms (target p99 ≤ 50)': [50, 95, 99, 100].map((p) => ms(pushes.fromDueMs, p)).join(' / '),
      'push ack latency from send, p50 / p99 ms': `${ms(pushes.fromSendMs, 50)} / ${ms(pushes.fromSendMs, 99)}`,
      'center during pushes: RSS MB / CPU % of a core / connections': `${busy.rssMb} / ${busy.cpuPercent} / ${busy.connections}`,
      'center CPU per applied mutation, ms (its pokes included)': round((busy.cpuPercent / 100) * (1000 / pushes.achievedRate), 2),
      'center event-loop delay during pushes, p50 / p99 / max ms': `${busy.eventLoopDelayP50Ms} / ${busy.eventLoopDelayP99Ms} / ${busy.eventLoopDelayMaxMs}`,
      'pokes delivered (changed events after the connect poke, all streams)': pokes.pokes,
      'streams open at the end / ended early': `${pokes.stillOpen} / ${pokes.endedEarly}`,
      'streams that saw the last commit': `${pokes.streamsAtFinalCursor}/${pokes.streams}`,
      'commit → poke on each stream, p50 / p95 / p99 / max ms (the coalescing window included)':
        pokes.streams === 0 ? 'no streams' : `${pokes.delayP50Ms} / ${pokes.delayP95Ms} / ${pokes.delayP99Ms} / ${pokes.delayMaxMs}`,
      '(commit, stream) pairs no poke covered': pokes.missed,
      'pokes sent (fan-outs); first → last stream of one fan-out, p50 / p99 ms': `${pokes.fanOuts}; ${pokes.fanOutP50Ms} / ${pokes.fanOutP99Ms}`,
    };
  } finally {
    await streams.stop();
    await center.stop();
  }
}
