import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/settings-schema';
import type { Handlers } from '../contract/dispatcher';

/** Where a shell keeps settings: electron-store in Electron, conf in the browser host. */
export interface SettingsStore {
  read(): unknown;
  write(settings: Settings): void;
}

/**
 * Reads what is stored field by field, so one hand-edited or corrupted value
 * falls back to its default instead of throwing away every other setting.
 */
export function readSettings(store: SettingsStore): Settings {
  const stored = store.read();
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(record[key]);
    merged[key] = field.success ? field.data : defaultSettings[key];
  }
  return settingsSchema.parse(merged);
}

export function createSettingsHandlers(
  store: SettingsStore,
  onChange: (settings: Settings) => void,
): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => readSettings(store),
    'settings.update': (patch) => {
      const next = settingsSchema.parse({ ...readSettings(store), ...patch });
      store.write(next);
      onChange(next);
      return next;
    },
  };
}
