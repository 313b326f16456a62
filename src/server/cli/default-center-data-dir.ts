import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the center keeps its store when not told: the platform's per-user data folder, apart from the seat's. */
export function defaultCenterDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SEAT_CENTER_DATA_DIR) return env.SEAT_CENTER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Seat', 'center');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Seat', 'center');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'seat', 'center');
}
