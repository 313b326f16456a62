import Conf from 'conf';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/core/settings/settings-handlers';
import { settingsStoreOptions, settingsStoreOver } from '../../../src/main/settings/settings-store-options';
import { defaultSettings, type Settings } from '../../../src/shared/settings/settings-schema';
import { useTempDir } from '../../helpers/temp-dir';

// electron-store is conf plus Electron's userData directory; the options and
// the adapter are what the seat adds, so they are tested on conf directly.
function openStore(cwd: string) {
  return new Conf<Settings>({ ...settingsStoreOptions(), cwd, configName: 'settings' });
}

describe('settings store (electron-store options)', () => {
  const tempDir = useTempDir();

  it('starts from the defaults and keeps what is written across reopening', () => {
    const dir = tempDir();
    const store = settingsStoreOver(openStore(dir));
    expect(readSettings(store)).toEqual(defaultSettings);

    const next: Settings = { ...defaultSettings, theme: 'dark', windowBounds: { x: 1, y: 2, width: 1200, height: 800 } };
    store.write(next);
    expect(readSettings(settingsStoreOver(openStore(dir)))).toEqual(next);
  });

  it('refuses to write a value the schema forbids', () => {
    const conf = openStore(tempDir());
    expect(() => settingsStoreOver(conf).write({ ...defaultSettings, locale: 'fr' } as never)).toThrow(/locale/);
  });

  it('repairs one hand-edited bad value and keeps every other setting', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ ...defaultSettings, seatId: 'B-07', theme: 'pink', windowBounds: { x: 0, y: 0, width: 5, height: 5 } }),
    );
    expect(readSettings(settingsStoreOver(openStore(dir)))).toEqual({ ...defaultSettings, seatId: 'B-07' });
  });

  it('starts over from the defaults when the file is not JSON at all', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{"seatId": "B-07", ');
    expect(readSettings(settingsStoreOver(openStore(dir)))).toEqual(defaultSettings);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(defaultSettings);
  });
});
