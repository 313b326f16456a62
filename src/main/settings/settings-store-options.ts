import type Conf from 'conf';
import type { Options, Schema } from 'conf';
import { z } from 'zod';
import { readSettings, type SettingsStore } from '../../core/settings/settings-handlers';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/settings-schema';

/**
 * The JSON schema the store validates every write against, derived from the
 * zod schema so the two cannot drift. Refinements (such as "a parsable URL")
 * do not translate; zod still checks them in settings.update.
 */
const settingsJsonSchema = z.toJSONSchema(settingsSchema, { io: 'input' }).properties as Schema<Settings>;

/**
 * Options for electron-store (and its base, conf). A hand-edited file with
 * one bad value is repaired field by field while it is read, so the schema
 * check never throws the whole file away; only unreadable JSON is cleared.
 */
export function settingsStoreOptions(): Options<Settings> {
  return {
    defaults: defaultSettings,
    schema: settingsJsonSchema,
    clearInvalidConfig: true,
    deserialize: (text) => repairSettings(JSON.parse(text)),
  };
}

function repairSettings(raw: unknown): Settings {
  // Keys that are not settings (conf keeps its own bookkeeping there) are kept as they are.
  const others = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return { ...others, ...readSettings({ read: () => raw, write: () => undefined }) };
}

/** The SettingsStore the settings handlers need, over a conf-based store. */
export function settingsStoreOver(store: Conf<Settings>): SettingsStore {
  return {
    read: () => store.store,
    write: (settings) => store.set(settings),
  };
}
