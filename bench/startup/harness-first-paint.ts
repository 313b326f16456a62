import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium-launch';
import { spawnBuiltHost } from '../../tests/helpers/spawn-built-host';

/**
 * Milliseconds from spawning the browser host to the renderer's first
 * contentful paint in an already running Chromium, once per run.
 */
export async function measureHarnessToFirstPaint(runs: number): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'seat-bench-host-'));
      const startedAt = Date.now();
      const host = await spawnBuiltHost(dataDir);
      try {
        const page = await browser.newPage();
        await page.goto(host.url);
        const paintedAt = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const poll = () => {
                const entry = performance.getEntriesByName('first-contentful-paint')[0];
                if (entry) resolve(performance.timeOrigin + entry.startTime);
                else setTimeout(poll, 5);
              };
              poll();
            }),
        );
        samples.push(paintedAt - startedAt);
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
