import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { installedElectronBinary } from '../helpers/electron-binary';
import { repoRoot } from '../helpers/spawn-built-host';

const binary = installedElectronBinary();
const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const runnable = Boolean(binary) && display;

if (!runnable) {
  console.log(
    `Electron smoke test skipped: ${binary ? 'no display' : 'no Electron binary on this machine (it cannot be downloaded here)'}; ` +
      'the shell is covered by the policy unit tests and the fake-IPC parity test.',
  );
}

describe.skipIf(!runnable)('the Electron seat (smoke)', () => {
  it('starts sandboxed, exposes only window.bridge and answers seat.info over IPC', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'seat-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [repoRoot, `--user-data-dir=${userData}`],
      cwd: repoRoot,
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toMatch(/^app:\/\/seat\//);
      const exposed = await page.evaluate(() => ({
        bridge: typeof window.bridge?.invoke,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
      const info = await page.evaluate(() => window.bridge!.invoke('seat.info', {}));
      expect(info).toMatchObject({ ok: true });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
