import type { SeatBridge } from '../shared/contract/bridge';
import type { Envelope } from '../shared/contract/envelope';
import { seatEventChannel, seatInvokeChannel } from '../shared/contract/ipc-channels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the bridge needs. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
}

/**
 * window.bridge: the page gets invoke and subscribe, never ipcRenderer
 * itself and never an IpcRendererEvent (its `sender` would hand the page
 * the whole IPC surface).
 */
export function createBridge(ipc: IpcRendererLike): SeatBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  // One IPC listener for every subscription: Electron warns past ten per channel.
  ipc.on(seatEventChannel, (_event, name, payload) => {
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });

  return {
    async invoke(method, input) {
      try {
        return (await ipc.invoke(seatInvokeChannel, method, input)) as Envelope;
      } catch (error) {
        // Only when main has no handler yet or the input cannot be cloned; calls themselves never throw.
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'transport_failed', method, message: `${method}: ${message}`, issues: [] } };
      }
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      // Wrapped so one listener subscribed twice gets two independent unsubscribes.
      const wrapped = (payload: unknown) => listener(payload);
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
  };
}
