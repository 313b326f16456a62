import { join } from 'node:path';
import { startSeatCtiListener } from '../core/cti/start-seat-cti-listener';
import { readSettings } from '../core/settings/settings-handlers';
import { composeShellBridge } from '../core/shell/compose-shell-bridge';
import { connectSync } from '../core/shell/connect-sync';
import { embeddedCenterFolder, startEmbeddedCenter, type CenterLauncher, type EmbeddedCenter } from '../core/shell/start-embedded-center';
import { startCoreWorker } from '../core/worker/start-core-worker';
import { buildHostApp } from './host-app';
import { createHostSettingsStore } from './host-settings-store';
import { createSessionToken } from './session-token';

export interface StartHostOptions {
  port: number;
  dataDir: string;
  /** The built renderer (out/renderer); absent: the contract API only (tests). */
  rendererDir?: string;
  workerFile: string;
  /** The pull reader beside it (see SyncEngineOptions.pullReaderFile); optional. */
  pullReaderFile?: string;
  appVersion: string;
  resourcesDir: string;
  workerExecArgv?: string[];
  /** Runs the center's command line as the embedded center (used while Settings → Center URL is empty); absent: none. */
  centerLauncher?: CenterLauncher;
  /** How long start-up waits for the embedded center; a slower one is used as soon as it listens. */
  centerWaitMs?: number;
  /** Lines for the terminal about the center: where it is, how to sign in, why it is not there. */
  log?: { info(line: string): void; warn(line: string): void };
}

export interface RunningHost {
  url: string;
  coreStartMs: number;
  /** Where softphones post ringing calls; null when the CTI listener is off or could not start. */
  ctiPort: number | null;
  /** The center this seat started beside itself, while it runs. */
  embeddedCenter(): EmbeddedCenter | null;
  close(): Promise<void>;
}

/** Starts the core worker and the HTTP host around it on 127.0.0.1. */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const core = await startCoreWorker({
    workerFile: options.workerFile,
    pullReaderFile: options.pullReaderFile,
    execArgv: options.workerExecArgv,
    databasePath: join(options.dataDir, 'seat.sqlite'),
    appVersion: options.appVersion,
    resourcesDir: options.resourcesDir,
    onExit: (code) => {
      console.error(`seat: the seat core stopped unexpectedly (exit code ${code}); restart npm start.`);
    },
  });
  const settingsStore = createHostSettingsStore(options.dataDir);
  const launch = options.centerLauncher;
  const sync = connectSync({
    core,
    readSettings: () => readSettings(settingsStore),
    startEmbeddedCenter: launch
      ? (signal) =>
          startEmbeddedCenter({ dataDir: join(options.dataDir, embeddedCenterFolder), resourcesDir: options.resourcesDir, launch, signal })
      : undefined,
    log: options.log,
  });
  const bridge = composeShellBridge({
    core,
    settingsStore,
    onHandlerFailure: (method, error) => console.error(`seat: ${method} failed:`, error),
    onSettingsChanged: () => void sync.settingsChanged(),
  });
  const token = createSessionToken();
  // Fastify needs the real port for the Host check, known only after listen.
  let boundPort = options.port;
  const app = await buildHostApp({
    bridge,
    token,
    rendererDir: options.rendererDir,
    get port() {
      return boundPort;
    },
  });
  await app.listen({ host: '127.0.0.1', port: options.port });
  const address = app.server.address();
  boundPort = typeof address === 'object' && address ? address.port : options.port;
  const cti = await startSeatCtiListener({ settings: readSettings(settingsStore), dataDir: options.dataDir, bridge });
  // The seat opens already pointed at its center, without a "no center" flash, unless the center is slow.
  await waitAtMost(sync.ready, options.centerWaitMs ?? 15_000);
  return {
    url: `http://127.0.0.1:${boundPort}/?token=${token}`,
    coreStartMs: core.startMs,
    ctiPort: cti?.port ?? null,
    embeddedCenter: sync.embeddedCenter,
    async close() {
      await cti?.close();
      await app.close();
      await Promise.all([sync.close(), core.stop()]);
    },
  };
}

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
