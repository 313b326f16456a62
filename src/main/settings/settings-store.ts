import ElectronStore from 'electron-store';
import type { SettingsStore } from '../../core/settings/settings-handlers';
import type { Settings } from '../../shared/settings/settings-schema';
import { settingsStoreOptions, settingsStoreOver } from './settings-store-options';

/** Settings in <userData>/settings.json; call after app 'ready' so userData is final. */
export function createSettingsStore(): SettingsStore {
  return settingsStoreOver(new ElectronStore<Settings>({ ...settingsStoreOptions(), name: 'settings' }));
}
