import { parseArgs } from 'node:util';

export interface ServerArgs {
  port: number;
  dataDir: string | undefined;
  simulateUnits: boolean;
  speed: number;
  windowDays: number | undefined;
  /** The demo catalog and knowledge base; absent: the repository's resources/ (a built copy is told where they are). */
  resourcesDir: string | undefined;
  /** Stop when this process is gone: a seat that starts the center as its child passes its own pid. */
  parentPid: number | undefined;
}

export const defaultCenterPort = 47800;
/** An hour of the hall in ten seconds: a demo sees replies and callbacks within minutes. 1 is real time. */
export const defaultSimulatorSpeed = 360;

export const serverUsage =
  'usage: npm run server -- [--port N] [--data-dir DIR] [--window-days N] [--resources-dir DIR] [--parent-pid PID] [--simulate-units [--speed X]]\n' +
  `  --port          port on 127.0.0.1 (default ${defaultCenterPort}; 0 picks a free one)\n` +
  '  --data-dir      where the center keeps center.sqlite and demo-accounts.txt\n' +
  '  --window-days   days of city-wide tickets every seat pulls (default 3)\n' +
  '  --resources-dir the demo catalog and knowledge base read on the first start (default: the repository\'s resources/)\n' +
  '  --parent-pid    stop when that process is gone (the seat passes this for the center it embeds)\n' +
  '  --simulate-units  play the units, callback agents and dispatch desk\n' +
  `  --speed         simulator speed, 1 = real time (default ${defaultSimulatorSpeed})`;

/** Reads the command line; throws a message fit to print on bad input. */
export function parseServerArgs(argv: string[]): ServerArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'window-days': { type: 'string' },
      'simulate-units': { type: 'boolean' },
      speed: { type: 'string' },
      'resources-dir': { type: 'string' },
      'parent-pid': { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? defaultCenterPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  const speed = values.speed === undefined ? defaultSimulatorSpeed : Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 100_000) throw new Error(`--speed must be a number above 0 and at most 100000, got "${values.speed}"`);
  if (values.speed !== undefined && !values['simulate-units']) throw new Error('--speed only makes sense with --simulate-units');
  const windowDays = values['window-days'] === undefined ? undefined : Number(values['window-days']);
  const parentPid = values['parent-pid'] === undefined ? undefined : Number(values['parent-pid']);
  if (parentPid !== undefined && (!Number.isInteger(parentPid) || parentPid < 1)) throw new Error(`--parent-pid must be a process id, got "${values['parent-pid']}"`);
  return {
    port,
    dataDir: values['data-dir'],
    simulateUnits: values['simulate-units'] ?? false,
    speed,
    windowDays,
    resourcesDir: values['resources-dir'],
    parentPid,
  };
}
