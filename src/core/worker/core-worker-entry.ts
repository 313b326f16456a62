import { parentPort, workerData } from 'node:worker_threads';
import { createSeatCore } from '../seat/seat-core';
import type { FromCore } from './port-messages';
import { serveOverPort } from './serve-over-port';
import type { CoreWorkerData } from './core-worker-data';

// Runs inside the worker thread: SQLite work never blocks the shell's event loop.
const port = parentPort;
if (!port) throw new Error('core-worker-entry must run in a worker thread');

const data = workerData as CoreWorkerData;
const begin = performance.now();
try {
  const core = createSeatCore({
    databasePath: data.databasePath,
    appVersion: data.appVersion,
    resourcesDir: data.resourcesDir,
    dispatcher: { validateOutput: data.validateOutput },
    sync: { pullReader: data.pullReaderFile ? { file: data.pullReaderFile } : undefined },
  });
  serveOverPort(port, core, () => core.close());
  port.postMessage({ type: 'ready', startMs: performance.now() - begin } satisfies FromCore);
} catch (error) {
  port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies FromCore);
}
