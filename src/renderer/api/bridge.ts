import type { SeatBridge } from '../../shared/contract/bridge';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the browser host serves the seat. */
    bridge?: SeatBridge;
  }
}

let bridge: SeatBridge | undefined;

/** The Electron preload's bridge when there is one, else the browser host's HTTP + SSE bridge. */
export function getBridge(): SeatBridge {
  bridge ??= window.bridge ?? createHttpBridge(window.location.origin);
  return bridge;
}
