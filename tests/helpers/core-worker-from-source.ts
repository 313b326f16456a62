import { fileURLToPath } from 'node:url';
import { startCoreWorker, type StartCoreWorkerOptions } from '../../src/core/worker/start-core-worker';

export const shippedResourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

export const coreWorkerSource = fileURLToPath(new URL('../../src/core/worker/core-worker-entry.ts', import.meta.url));

export const pullReaderSource = fileURLToPath(new URL('../../src/core/sync/pull-reader/pull-reader-entry.ts', import.meta.url));

/** Runs the real core worker from its TypeScript source through tsx. */
export function startCoreWorkerFromSource(options: Omit<StartCoreWorkerOptions, 'workerFile' | 'resourcesDir'> & { resourcesDir?: string }) {
  return startCoreWorker({
    workerFile: coreWorkerSource,
    pullReaderFile: pullReaderSource,
    execArgv: ['--import', 'tsx'],
    validateOutput: true,
    resourcesDir: shippedResourcesDir,
    ...options,
  });
}
