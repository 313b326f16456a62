import type { SeatBridge } from '../../shared/contract/bridge';
import type { SyncConnectInput } from '../../shared/contract/sync/sync-method-schemas';
import type { Settings } from '../../shared/settings/settings-schema';
import { describeEmbeddedCenter, type EmbeddedCenter } from './start-embedded-center';

export interface ConnectSyncOptions {
  /** The seat core itself, not the renderer's bridge: sync.connect is the shell's to call. */
  core: Pick<SeatBridge, 'invoke'>;
  readSettings: () => Settings;
  /** Starts the embedded center (used while settings.centerUrl is ''); absent: never embed one. */
  startEmbeddedCenter?: (signal: AbortSignal) => Promise<EmbeddedCenter>;
  /** Lines for the person at the terminal: info (where the center is, how to sign in) and warnings. */
  log?: { info(line: string): void; warn(line: string): void };
}

export interface ShellSync {
  /** Settles once the core knows its center and the embedded center (if wanted) is running or has failed. */
  ready: Promise<void>;
  /** Re-reads the settings and tells the core which center to use; the shell calls it after settings change. */
  settingsChanged(): Promise<void>;
  /** The embedded center while it runs; null when none was wanted or it could not start. */
  embeddedCenter(): EmbeddedCenter | null;
  /** Stops the embedded center (or its start). */
  close(): Promise<void>;
}

/**
 * The center a seat syncs with: the one in Settings, else the embedded
 * center when it runs, else none ('' → the core reports not_configured).
 */
export function syncTarget(settings: Pick<Settings, 'centerUrl' | 'seatId'>, embeddedCenterUrl: string | null): SyncConnectInput {
  return { centerUrl: settings.centerUrl !== '' ? settings.centerUrl : (embeddedCenterUrl ?? ''), seatId: settings.seatId };
}

/**
 * The shells' sync wiring, one place for Electron main and the browser host:
 * at start and after every settings change, tell the core (sync.connect)
 * which center to use; while no center URL is set, start the embedded
 * center once and use it. Calls to the core are queued, so a slow answer
 * never lets an older setting win over a newer one.
 */
export function connectSync(options: ConnectSyncOptions): ShellSync {
  const log = options.log ?? { info: () => undefined, warn: () => undefined };
  const abort = new AbortController();
  let embedded: EmbeddedCenter | null = null;
  let embedding: Promise<void> | null = null;
  let sent: string | null = null;
  let queue: Promise<void> = Promise.resolve();

  function send(): Promise<void> {
    queue = queue.then(async () => {
      if (abort.signal.aborted) return;
      const target = syncTarget(options.readSettings(), embedded?.url ?? null);
      const key = `${target.centerUrl} ${target.seatId}`;
      if (key === sent) return;
      try {
        const reply = await options.core.invoke('sync.connect', target);
        if (reply.ok) sent = key;
        else log.warn(`seat: could not point sync at ${target.centerUrl || 'no center'}: ${reply.error.message}`);
      } catch (error) {
        log.warn(`seat: could not point sync at ${target.centerUrl || 'no center'}: ${messageOf(error)}`);
      }
    });
    return queue;
  }

  /** Started at most once per shell: a center that failed is not retried until the seat restarts (it said why). */
  function embedIfWanted(): Promise<void> {
    const start = options.startEmbeddedCenter;
    if (embedding || !start || options.readSettings().centerUrl !== '') return embedding ?? Promise.resolve();
    embedding = (async () => {
      try {
        const center = await start(abort.signal);
        if (abort.signal.aborted) {
          await center.stop();
          return;
        }
        embedded = center;
        center.onUnexpectedExit((code) => {
          log.warn(`seat: the embedded center stopped (exit code ${code}; see ${center.logFile}); sync stays offline until the seat restarts.`);
        });
        log.info(describeEmbeddedCenter(center));
      } catch (error) {
        if (abort.signal.aborted) return;
        log.warn(
          `seat: the embedded center could not start (${messageOf(error)}); the seat runs without sync — set Settings → Center URL, or run npm run server.`,
        );
        return;
      }
      await send();
    })();
    return embedding;
  }

  const ready = Promise.all([send(), embedIfWanted()]).then(() => undefined);
  return {
    ready,
    settingsChanged: () => Promise.all([send(), embedIfWanted()]).then(() => undefined),
    embeddedCenter: () => embedded,
    async close() {
      abort.abort();
      await embedding;
      await embedded?.stop();
    },
  };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
