import type { SeatBridge } from '../../shared/contract/bridge';
import type { EventName } from '../../shared/contract/events';
import type { Settings } from '../../shared/settings/settings-schema';
import { createDispatcher } from '../contract/dispatcher';
import { createEventBus } from '../contract/event-bus';
import { createSettingsHandlers, type SettingsStore } from '../settings/settings-handlers';

export interface ShellBridgeOptions {
  /** The seat core, usually its worker's port client. */
  core: SeatBridge;
  settingsStore: SettingsStore;
  onHandlerFailure?: (method: string, error: unknown) => void;
  /** Told after every settings.update, once the new settings are stored (the shell re-points sync). */
  onSettingsChanged?: (settings: Settings) => void;
}

/**
 * Methods of the core that only the shell calls, never the renderer: the
 * center a seat syncs with follows the settings (connect-sync.ts), so a
 * renderer changes it through settings.update, which is validated and stored.
 */
const shellOnlyMethods = new Set(['sync.connect']);

/**
 * What a shell (Electron main or the browser host) serves to its renderer:
 * settings from the shell's own store, everything else from the core, and
 * the events of both on one subscription surface.
 */
export function composeShellBridge(options: ShellBridgeOptions): SeatBridge {
  const shellEvents = createEventBus();
  const shellEventNames = new Set<EventName>(['settings.changed']);
  const dispatch = createDispatcher(
    createSettingsHandlers(options.settingsStore, (settings) => {
      shellEvents.emit('settings.changed', settings);
      options.onSettingsChanged?.(settings);
    }),
    { fallback: options.core.invoke, onHandlerFailure: options.onHandlerFailure },
  );
  return {
    invoke: async (method, input) =>
      shellOnlyMethods.has(method)
        ? {
            ok: false,
            error: {
              code: 'unauthorized',
              method,
              message: `${method}: only the shell calls this; change the center under Settings (settings.update centerUrl)`,
              issues: [],
            },
          }
        : dispatch(method, input),
    subscribe(event, listener) {
      return shellEventNames.has(event as EventName)
        ? shellEvents.subscribe(event, listener)
        : options.core.subscribe(event, listener);
    },
  };
}
