import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAccountsFileName } from '../first-start/seed-first-start';
import { formatDemoAccounts } from '../first-start/demo-accounts';
import { startServer, type RunningServer } from '../start-server';
import { defaultCenterDataDir } from './default-center-data-dir';
import { parseServerArgs, serverUsage } from './server-args';

/**
 * `npm run server`: the reference central dispatch API on 127.0.0.1, logging
 * JSON lines to stdout. The seat's shells run the built copy (out/main/center.js)
 * as their embedded center and read the "listening on" line from stderr.
 */
function repositoryResourcesDir(): string {
  // From src/server/cli (npm run server) or from out/main (the built copy).
  const candidates = ['../../../resources', '../../resources'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  return candidates.find((dir) => existsSync(join(dir, 'catalog', 'catalog.json'))) ?? (candidates[0] as string);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseServerArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`center: ${(error as Error).message}\n${serverUsage}`);
    process.exit(2);
  }
  const dataDir = args.dataDir ?? defaultCenterDataDir();
  // Listen for signals before starting: a stop asked for during the first start waits for it, then closes cleanly.
  let server: RunningServer | null = null;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (server) void close(server, signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (args.parentPid !== undefined) watchParent(args.parentPid, () => stop('the parent process ended'));

  server = await startServer({
    port: args.port,
    dataDir,
    resourcesDir: args.resourcesDir ?? repositoryResourcesDir(),
    windowDays: args.windowDays,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    simulatorSpeed: args.simulateUnits ? args.speed : undefined,
  });
  const first = server.center.firstStart;
  // Human-readable lines on stderr, so stdout stays pure JSON log lines.
  if (first) {
    console.error(
      `center: first start in ${dataDir}: catalog ${first.catalogVersion}, ${first.kb.added} knowledge-base documents.\n` +
        `center: demo accounts (also in ${first.accountsFile}):\n${formatDemoAccounts(first.accounts)}`,
    );
  } else {
    console.error(`center: data in ${dataDir}; demo accounts are in ${dataDir}/${demoAccountsFileName}`);
  }
  const simulating = server.simulator ? `, simulating units at ${args.speed}x` : '';
  console.error(`center: listening on ${server.url}${simulating} (API ${server.url}/v1, OpenAPI ${server.url}/v1/openapi.json)`);
  if (stopping) await close(server, 'a signal during start-up');
}

/** A seat that embeds this center may die without stopping it (SIGKILL, a crash): then the center stops too. */
function watchParent(pid: number, onGone: () => void): void {
  const timer = setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch (error) {
      // EPERM: the process exists but belongs to someone else; only ESRCH means gone.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return;
      clearInterval(timer);
      onGone();
    }
  }, 1000);
  timer.unref();
}

async function close(server: RunningServer, signal: string): Promise<void> {
  server.center.app.log.info({ signal }, 'stopping');
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error('center: failed to stop cleanly:', error);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`center: ${(error as Error).message ?? error}`);
  process.exit(1);
});
