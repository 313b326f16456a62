import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { defaultDataDir } from '../core/shell/default-data-dir';
import { nodeCenterLauncher } from '../core/shell/start-embedded-center';
import { hostUsage, parseHostArgs } from './host-args';
import { startHost } from './start-host';

// Built next to core-worker.js and center.js in out/main; the renderer is in out/renderer.
const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`seat: ${(error as Error).message}\n${hostUsage}`);
    process.exit(2);
  }
  const dataDir = args.dataDir ?? defaultDataDir();
  // Center lines wait until the seat's own lines are out, so the seat URL comes first.
  let held: (() => void)[] | null = [];
  const say = (print: () => void) => (held ? held.push(print) : print());
  const host = await startHost({
    port: args.port,
    dataDir,
    rendererDir: join(here, '..', 'renderer'),
    workerFile: join(here, 'core-worker.js'),
    pullReaderFile: join(here, 'pull-reader.js'),
    appVersion: version,
    resourcesDir: join(here, '..', '..', 'resources'),
    // The reference center (src/server) built as its own entry: run, never imported (layer rule).
    centerLauncher: args.embeddedCenter ? nodeCenterLauncher([join(here, 'center.js')]) : undefined,
    log: { info: (line) => say(() => console.log(line)), warn: (line) => say(() => console.error(line)) },
  });
  console.log(`Seat is ready in your browser: ${host.url}`);
  console.log(`(data in ${dataDir}; the token in the URL is new each start; Ctrl+C stops)`);
  for (const print of held) print();
  held = null;
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`seat: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
