import {
  serveSeatIpc,
  type EventTargetLike,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../src/main/ipc/serve-seat-ipc';
import { createBridge, type IpcRendererLike } from '../../src/preload/create-bridge';
import type { SeatBridge } from '../../src/shared/contract/bridge';

type InvokeHandler = (event: InvokeEventLike, ...args: unknown[]) => unknown;
type RendererListener = (event: unknown, ...args: unknown[]) => void;

export interface FakeSenderFrame {
  url: string;
  isMainFrame: boolean;
}

/** What a page would find on the event object if the preload leaked it. */
const leakedEventMarker = { sender: 'the whole ipcRenderer' };

/**
 * ipcMain, ipcRenderer and the window's webContents joined in memory, so the
 * main-side handler and the preload's bridge run together without Electron.
 * Arguments and results are structured-cloned both ways, as Electron does.
 */
export function createFakeIpc(frame: FakeSenderFrame = { url: 'app://seat/index.html', isMainFrame: true }) {
  const handlers = new Map<string, InvokeHandler>();
  const rendererListeners = new Map<string, Set<RendererListener>>();
  let sender = { ...frame };

  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
  };

  const ipcRenderer: IpcRendererLike = {
    async invoke(channel, ...args) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event: InvokeEventLike = {
        senderFrame: { url: sender.url, parent: sender.isMainFrame ? null : { url: 'app://seat/index.html' } },
      };
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    on(channel, listener) {
      let set = rendererListeners.get(channel);
      if (!set) rendererListeners.set(channel, (set = new Set()));
      set.add(listener);
    },
  };

  const webContents: EventTargetLike = {
    send(channel, ...args) {
      for (const listener of rendererListeners.get(channel) ?? []) listener(leakedEventMarker, ...structuredClone(args));
    },
    isDestroyed: () => false,
  };

  return {
    ipcMain,
    ipcRenderer,
    webContents,
    /** Pretends the next calls come from another frame (a subframe, a page navigated away). */
    setSenderFrame(next: FakeSenderFrame) {
      sender = { ...next };
    },
    rendererListenerCount: (channel: string) => rendererListeners.get(channel)?.size ?? 0,
  };
}

/**
 * The Electron IPC transport end to end: `backend` served by the main-side
 * handler, reached through the preload's window.bridge.
 */
export function bridgeOverFakeIpc(backend: SeatBridge, frame?: FakeSenderFrame) {
  const ipc = createFakeIpc(frame);
  serveSeatIpc({ ipcMain: ipc.ipcMain, bridge: backend, eventTarget: () => ipc.webContents });
  return { bridge: createBridge(ipc.ipcRenderer), ipc };
}
