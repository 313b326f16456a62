import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startCoreWorker } from '../../src/core/worker/start-core-worker';
import { writeBenchReport } from '../lib/bench-report';
import { median, percentile, round } from '../lib/stats';
import { measureHarnessToFirstPaint } from './harness-first-paint';

const root = join(import.meta.dirname, '..', '..');
const runs = 10;

/** Issue 2's numbers: harness start → first contentful paint, bundle size, core worker start. */
export async function startupBenchmark(): Promise<void> {
  if (!existsSync(join(root, 'out', 'main', 'host.js'))) {
    throw new Error('startup bench needs the build: run `npm run build` first');
  }
  const coreCold: number[] = [];
  const coreWarm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'seat-bench-startup-'));
    const databasePath = join(dir, 'seat.sqlite');
    const start = (samples: number[]) =>
      startCoreWorker({ workerFile: join(root, 'out', 'main', 'core-worker.js'), databasePath, appVersion: 'bench', resourcesDir: join(root, 'resources') }).then(
        async (worker) => {
          samples.push(worker.startMs);
          await worker.stop();
        },
      );
    await start(coreCold);
    await start(coreWarm);
    rmSync(dir, { recursive: true, force: true });
  }
  const { ready, paint: paints } = await measureHarnessToFirstPaint(runs);

  writeBenchReport('startup', {
    'harness start → URL printed (core + HTTP ready), median ms': round(median(ready)),
    'harness start → first contentful paint, median ms': round(median(paints)),
    'harness start → first contentful paint, p90 ms': round(percentile(paints, 90)),
    'renderer bundle, gzip KiB': round(rendererGzipBytes() / 1024, 1),
    'core worker start, new database (migrations), median ms': round(median(coreCold)),
    'core worker start, existing database, median ms': round(median(coreWarm)),
  });
}

function rendererGzipBytes(): number {
  const assets = join(root, 'out', 'renderer', 'assets');
  return readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
}
