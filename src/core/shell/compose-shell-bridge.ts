import type { SeatBridge } from '../../shared/contract/bridge';
import type { EventName } from '../../shared/contract/events';
import { createDispatcher } from '../contract/dispatcher';
import { createEventBus } from '../contract/event-bus';
import { createSettingsHandlers, type SettingsStore } from '../settings/settings-handlers';

export interface ShellBridgeOptions {
  /** The seat core, usually its worker's port client. */
  core: SeatBridge;
  settingsStore: SettingsStore;
  onHandlerFailure?: (method: string, error: unknown) => void;
}

/**
 * What a shell (Electron main or the browser host) serves to its renderer:
 * settings from the shell's own store, everything else from the core, and
 * the events of both on one subscription surface.
 */
export function composeShellBridge(options: ShellBridgeOptions): SeatBridge {
  const shellEvents = createEventBus();
  const shellEventNames = new Set<EventName>(['settings.changed']);
  const invoke = createDispatcher(
    createSettingsHandlers(options.settingsStore, (settings) => shellEvents.emit('settings.changed', settings)),
    { fallback: options.core.invoke, onHandlerFailure: options.onHandlerFailure },
  );
  return {
    invoke,
    subscribe(event, listener) {
      return shellEventNames.has(event as EventName)
        ? shellEvents.subscribe(event, listener)
        : options.core.subscribe(event, listener);
    },
  };
}
