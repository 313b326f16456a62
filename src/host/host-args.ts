import { parseArgs } from 'node:util';

export interface HostArgs {
  port: number;
  dataDir: string | undefined;
}

export const hostUsage = 'usage: node out/main/host.js [--port N] [--data-dir DIR]';

/** Reads the host's command line; throws a message fit to print on bad input. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }
  return { port, dataDir: values['data-dir'] };
}
