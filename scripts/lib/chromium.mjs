import { existsSync } from 'node:fs';
import { run, say } from './toolchain.mjs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env = process.env) {
  if (env.SEAT_CHROMIUM) return existsSync(env.SEAT_CHROMIUM) ? env.SEAT_CHROMIUM : undefined;
  return candidates.find((path) => existsSync(path));
}

/**
 * The end-to-end tests drive Debian's Chromium. Installs it when missing and
 * we may (root with apt-get); otherwise says exactly what to do.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    say('Chromium is needed for the end-to-end tests: install it (Debian/Ubuntu: sudo apt-get install chromium) or set SEAT_CHROMIUM=/path/to/chrome.');
    process.exit(1);
  }
  say('installing Chromium from Debian for the end-to-end tests (apt-get)...');
  if (run('apt-get', ['update']) !== 0 || run('apt-get', ['install', '-y', 'chromium']) !== 0) {
    say('apt-get could not install chromium; install it by hand or set SEAT_CHROMIUM.');
    process.exit(1);
  }
  return findChromium();
}
