import type { CenterOptions } from './center-options';
import { systemClock } from './clock';
import { openCenter, type Center } from './open-center';
import { UnitSimulator } from './simulator/unit-simulator';

export interface StartServerOptions extends CenterOptions {
  port: number;
  /** Run the unit simulator at this speed; absent: no simulator. */
  simulatorSpeed?: number;
}

export interface RunningServer {
  center: Center;
  url: string;
  simulator: UnitSimulator | null;
  close(): Promise<void>;
}

/**
 * A center listening on 127.0.0.1, with the unit simulator if asked. The
 * simulator is stopped by the app's onClose, so closing the server, by
 * signal or by a test, stops it too.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const center = await openCenter(options);
  const clock = options.clock ?? systemClock;
  let simulator: UnitSimulator | null = null;
  if (options.simulatorSpeed !== undefined) {
    const running = new UnitSimulator(center.services.writer, center.services.catalogs, {
      speed: options.simulatorSpeed,
      seed: clock(),
      maxActionsPerStep: 50,
      scanLimit: 500,
      tickMs: 1000,
      onError: (error) => center.app.log.error({ err: error }, 'unit simulator step failed'),
    });
    center.app.addHook('onClose', async () => running.stop());
    simulator = running;
  }
  try {
    await center.app.listen({ host: '127.0.0.1', port: options.port });
  } catch (error) {
    await center.close();
    throw error;
  }
  simulator?.start(clock);
  const address = center.app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { center, url: `http://127.0.0.1:${port}`, simulator, close: () => center.close() };
}
