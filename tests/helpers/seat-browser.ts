import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium-launch';
import { repoRoot, spawnBuiltHost, type SpawnBuiltHostOptions, type SpawnedHost } from './spawn-built-host';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

export interface SeatBrowser {
  host: SpawnedHost;
  dataDir: string;
  browser: Browser;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The built seat served by the browser host and opened in Chromium, as a user on this machine would. */
export async function openSeatInBrowser(options: SpawnBuiltHostOptions = {}): Promise<SeatBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seat-e2e-'));
  // Port 0: each test's seat gets its own CTI port instead of fighting over the default.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ctiPort: 0 }));
  const host = await spawnBuiltHost(dataDir, [], options);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(host.url);
  mkdirSync(screenshotDir, { recursive: true });
  return {
    host,
    dataDir,
    browser,
    page,
    problems,
    screenshot: async (name) => {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
    },
    close: async () => {
      await browser.close();
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
