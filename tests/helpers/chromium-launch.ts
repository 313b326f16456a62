import type { LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags that keep it from reaching
 * for the network this machine does not have.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.SEAT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
