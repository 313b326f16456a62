import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '../../shared/settings/settings-schema';
import { readSettings } from '../settings/settings-handlers';

/**
 * The CTI port a seat with this data directory listens on, from its
 * settings.json (both shells keep their settings under that name): the
 * simulator follows a changed ctiPort without being told. 0 (a random port)
 * cannot be followed, so it falls back to the default.
 */
export function seatCtiPort(dataDir: string): number {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
  } catch {
    return defaultSettings.ctiPort;
  }
  const { ctiPort } = readSettings({ read: () => stored, write: () => undefined });
  return ctiPort === 0 ? defaultSettings.ctiPort : ctiPort;
}
