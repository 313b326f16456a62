import { parseArgs } from 'node:util';

export interface HostArgs {
  port: number;
  dataDir: string | undefined;
  /** Run the embedded center while no center URL is set (default); --no-center: a seat on its own (tests, benchmarks). */
  embeddedCenter: boolean;
}

export const hostUsage = 'usage: node out/main/host.js [--port N] [--data-dir DIR] [--no-center]';

/** Reads the host's command line; throws a message fit to print on bad input. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'no-center': { type: 'boolean' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }
  return { port, dataDir: values['data-dir'], embeddedCenter: !values['no-center'] };
}
