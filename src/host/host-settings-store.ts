import Conf from 'conf';
import type { SettingsStore } from '../core/settings/settings-handlers';

/** The browser host keeps settings in a JSON file beside its database, as electron-store does for Electron. */
export function createHostSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'seat' });
  return {
    read: () => conf.store,
    write: (settings) => {
      conf.store = settings;
    },
  };
}
