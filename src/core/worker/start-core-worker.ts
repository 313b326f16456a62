import { Worker } from 'node:worker_threads';
import type { SeatBridge } from '../../shared/contract/bridge';
import type { CoreWorkerData } from './core-worker-data';
import { coreWorkerResourceLimits } from './core-worker-limits';
import { createPortClient } from './port-client';
import type { FromCore } from './port-messages';

export interface StartCoreWorkerOptions extends Partial<Pick<CoreWorkerData, 'validateOutput' | 'pullReaderFile'>> {
  /** The built core-worker.js, or the .ts source with a loader in execArgv. */
  workerFile: string;
  databasePath: string;
  appVersion: string;
  resourcesDir: string;
  execArgv?: string[];
  /** Told when the worker dies after a successful start; the shell decides what to show. */
  onExit?: (code: number) => void;
}

export interface CoreWorker extends SeatBridge {
  /** Milliseconds the worker needed to open the database and run migrations. */
  startMs: number;
  stop(): Promise<void>;
}

/** Starts the seat core in a worker thread and resolves once its database is open. */
export function startCoreWorker(options: StartCoreWorkerOptions): Promise<CoreWorker> {
  const data: CoreWorkerData = {
    databasePath: options.databasePath,
    appVersion: options.appVersion,
    resourcesDir: options.resourcesDir,
    validateOutput: options.validateOutput ?? false,
    pullReaderFile: options.pullReaderFile,
  };
  const worker = new Worker(options.workerFile, { workerData: data, execArgv: options.execArgv, resourceLimits: coreWorkerResourceLimits });
  const client = createPortClient(worker);
  let stopping = false;
  let started = false;

  return new Promise<CoreWorker>((resolve, reject) => {
    const onStartup = (raw: unknown) => {
      const message = raw as FromCore;
      if (message.type === 'fatal') {
        worker.off('message', onStartup);
        void worker.terminate();
        reject(new Error(`The seat core could not start: ${message.message}`));
      } else if (message.type === 'ready') {
        worker.off('message', onStartup);
        started = true;
        resolve({ ...client, startMs: message.startMs, stop });
      }
    };
    worker.on('message', onStartup);
    worker.once('error', (error) => reject(new Error(`The seat core crashed while starting: ${error.message}`)));
    worker.on('exit', (code) => {
      client.failPending(`the seat core stopped (exit code ${code})`);
      // A failed start is reported by the rejection; onExit is for a core that dies later.
      if (started && !stopping) options.onExit?.(code);
    });
  });

  function stop(): Promise<void> {
    stopping = true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2000);
      worker.on('message', (raw) => {
        if ((raw as FromCore).type !== 'closed') return;
        clearTimeout(timer);
        void worker.terminate().then(() => resolve());
      });
      worker.postMessage({ type: 'close' });
    });
  }
}
