import { spawnSync } from 'node:child_process';
import { root } from './toolchain.mjs';

/**
 * Finds out whether the Electron seat can run here: the binary must be
 * present or downloadable, and on Linux there must be a display.
 * Returns { ok: true, path } or { ok: false, reason }.
 */
export function electronAvailability(env = process.env) {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)' };
  }
  // Requiring the electron package downloads the binary on first use; it fails fast offline.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (probe.status === 0 && probe.stdout) return { ok: true, path: probe.stdout };
  return { ok: false, reason: 'the Electron binary is not installed and could not be downloaded' };
}
