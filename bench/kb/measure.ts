import { getHeapSpaceStatistics } from 'node:v8';
import { percentile, round } from '../lib/stats';

/**
 * Memory and latency measurement shared by the Seat and peer tasks, which
 * each run in a fresh child process started with --expose-gc.
 */
export interface MemorySnapshot {
  rss: number;
  heapUsed: number;
  /** Buffers and WebAssembly memory, outside the JS heap. */
  external: number;
  /**
   * V8's young generation as reserved now. It grows with allocation churn
   * (up to 2 × --max-semi-space-size, which V8 sizes from the machine's
   * memory) and is not given back after a collection: part of RSS that is
   * no live data.
   */
  youngGeneration: number;
}

/** After two full collections, so garbage does not count as memory the engine holds. */
export function memorySnapshot(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('kb bench tasks must run with --expose-gc');
  gc();
  gc();
  const usage = process.memoryUsage();
  const youngGeneration = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, youngGeneration };
}

export interface MemoryAdded {
  rssMb: number;
  heapMb: number;
  externalMb: number;
  youngGenerationMb: number;
  /** Peak resident set of the whole process, including the baseline. */
  peakRssMb: number;
}

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

export function memoryAdded(before: MemorySnapshot, after: MemorySnapshot): MemoryAdded {
  return {
    rssMb: mb(after.rss - before.rss),
    heapMb: mb(after.heapUsed - before.heapUsed),
    externalMb: mb(after.external - before.external),
    youngGenerationMb: mb(after.youngGeneration - before.youngGeneration),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  };
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export function latencyOf(samples: readonly number[]): Latency {
  return {
    p50: round(percentile([...samples], 50), 2),
    p99: round(percentile([...samples], 99), 2),
    max: round(Math.max(...samples), 2),
    samples: samples.length,
  };
}

/**
 * Times each query `rounds` times after one untimed warm-up pass (JIT,
 * SQLite page cache, the library's lazy tables), in order, one at a time —
 * as an operator's searches arrive.
 */
export function timeQueries(queries: readonly string[], rounds: number, search: (query: string) => void): number[] {
  for (const query of queries) search(query);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      search(query);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}
