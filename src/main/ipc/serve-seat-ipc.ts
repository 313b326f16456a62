import type { SeatBridge } from '../../shared/contract/bridge';
import { transportFailure, type Envelope } from '../../shared/contract/envelope';
import { eventNames } from '../../shared/contract/events';
import { seatEventChannel, seatInvokeChannel } from '../../shared/contract/ipc-channels';
import { isTrustedSender } from '../security/trusted-sender';

/** The part of an IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of Electron's ipcMain this transport needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<Envelope>): void;
}

/** The part of a WebContents events are sent to. */
export interface EventTargetLike {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface SeatIpcOptions {
  ipcMain: IpcMainLike;
  bridge: SeatBridge;
  /** The window's webContents once there is one; events before that are dropped. */
  eventTarget: () => EventTargetLike | null;
}

/**
 * The main side of the Electron IPC transport. Every call is checked for its
 * sender frame first; every failure comes back as an Envelope, because an
 * exception thrown across ipcMain.handle reaches the page as a bare string.
 */
export function serveSeatIpc({ ipcMain, bridge, eventTarget }: SeatIpcOptions): void {
  ipcMain.handle(seatInvokeChannel, async (event, method, input) => {
    const name = typeof method === 'string' ? method : String(method);
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame.url, frame.parent === null)) {
      return unauthorized(name, frame?.url ?? '(destroyed frame)');
    }
    try {
      return await bridge.invoke(name, input);
    } catch (error) {
      return transportFailure(name, `${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  for (const name of eventNames) {
    bridge.subscribe(name, (payload) => {
      const target = eventTarget();
      if (target && !target.isDestroyed()) target.send(seatEventChannel, name, payload);
    });
  }
}

function unauthorized(method: string, frameUrl: string): Envelope {
  return {
    ok: false,
    error: { code: 'unauthorized', method, message: `${method}: refused a call from ${frameUrl}`, issues: [] },
  };
}
