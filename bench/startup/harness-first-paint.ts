import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium-launch';
import { spawnBuiltHost } from '../../tests/helpers/spawn-built-host';

/**
 * Milliseconds from spawning the browser host to its printed URL (ready) and
 * to the renderer's first contentful paint in an already running Chromium.
 */
export async function measureHarnessToFirstPaint(runs: number): Promise<{ ready: number[]; paint: number[] }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples = { ready: [] as number[], paint: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'seat-bench-host-'));
      const startedAt = Date.now();
      const host = await spawnBuiltHost(dataDir);
      samples.ready.push(Date.now() - startedAt);
      try {
        const page = await browser.newPage();
        await page.goto(host.url);
        // Plain expressions only: tsx would wrap named inner functions in a helper the page lacks.
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        const paintedAt = await page.evaluate(
          () => performance.timeOrigin + performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        );
        samples.paint.push(paintedAt - startedAt);
        await page.close();
      } finally {
        await host.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}
