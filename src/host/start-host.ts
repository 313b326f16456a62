import { join } from 'node:path';
import { startSeatCtiListener } from '../core/cti/start-seat-cti-listener';
import { readSettings } from '../core/settings/settings-handlers';
import { composeShellBridge } from '../core/shell/compose-shell-bridge';
import { startCoreWorker } from '../core/worker/start-core-worker';
import { buildHostApp } from './host-app';
import { createHostSettingsStore } from './host-settings-store';
import { createSessionToken } from './session-token';

export interface StartHostOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  workerFile: string;
  appVersion: string;
  resourcesDir: string;
  workerExecArgv?: string[];
}

export interface RunningHost {
  url: string;
  coreStartMs: number;
  /** Where softphones post ringing calls; null when the CTI listener is off or could not start. */
  ctiPort: number | null;
  close(): Promise<void>;
}

/** Starts the core worker and the HTTP host around it on 127.0.0.1. */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const core = await startCoreWorker({
    workerFile: options.workerFile,
    execArgv: options.workerExecArgv,
    databasePath: join(options.dataDir, 'seat.sqlite'),
    appVersion: options.appVersion,
    resourcesDir: options.resourcesDir,
    onExit: (code) => {
      console.error(`seat: the seat core stopped unexpectedly (exit code ${code}); restart npm start.`);
    },
  });
  const settingsStore = createHostSettingsStore(options.dataDir);
  const bridge = composeShellBridge({
    core,
    settingsStore,
    onHandlerFailure: (method, error) => console.error(`seat: ${method} failed:`, error),
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
  return {
    url: `http://127.0.0.1:${boundPort}/?token=${token}`,
    coreStartMs: core.startMs,
    ctiPort: cti?.port ?? null,
    async close() {
      await cti?.close();
      await app.close();
      await core.stop();
    },
  };
}
