import type { SettingsStore } from '../../src/core/settings/settings-handlers';

export function createMemorySettingsStore(initial: unknown = {}): SettingsStore & { stored: unknown } {
  const store = {
    stored: initial,
    read: () => store.stored,
    write: (settings: unknown) => {
      store.stored = settings;
    },
  };
  return store;
}
