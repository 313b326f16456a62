import { parseArgs } from 'node:util';
import { defaultDataDir } from '../shell/default-data-dir';

export const ctiUsage = `Seat CTI simulator: plays the softphone and rings the running seat.

  npm run cti -- call NUMBER [--dnis 12345] [--port N] [--data-dir DIR]
      Sends one incoming call from NUMBER (as the switch would send it:
      13812345678, 010-12345678, +12025550123, or "anonymous" for a
      withheld number) and prints what the seat answered.

Options:
  --dnis N        the number dialled (default 12345)
  --port N        the seat's CTI port (default: ctiPort in DIR's settings, else 47345)
  --data-dir DIR  the seat's data directory, holding its cti-token
                  (default: the browser seat's, or $SEAT_DATA_DIR; the Electron
                  seat keeps its data in its user-data folder, ~/.config/Seat on Linux)
Exit codes: 0 the seat took the call, 1 the seat refused it or is not running, 2 usage.
`;

class CtiUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CtiUsageError';
  }
}

export type CtiCliArgs =
  | { command: 'help' }
  | { command: 'call'; ani: string; dnis: string; port: number | undefined; dataDir: string };

/** Reads the simulator's command line; throws CtiUsageError (or parseArgs' own error) on bad input. */
export function parseCtiArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CtiCliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      dnis: { type: 'string', default: '12345' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { command: 'help' };
  if (command === undefined) throw new CtiUsageError('say what to do: call NUMBER');
  if (command !== 'call') throw new CtiUsageError(`unknown command "${command}"`);
  if (rest.length !== 1) throw new CtiUsageError(`call takes one calling number (or "anonymous"), got ${rest.length}`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new CtiUsageError(`--port must be a whole number from 1 to 65535, got "${values.port}"`);
  }
  return { command: 'call', ani: rest[0] ?? '', dnis: values.dnis, port, dataDir: values['data-dir'] ?? defaultDataDir(env) };
}
