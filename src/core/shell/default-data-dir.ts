import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser host keeps its database and settings when not told:
 * the platform's usual per-user data folder, apart from the Electron seat's.
 * The CTI simulator (npm run cti) looks for the seat's CTI token here too.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SEAT_DATA_DIR) return env.SEAT_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Seat', 'browser-host');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Seat', 'browser-host');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'seat', 'browser-host');
}
