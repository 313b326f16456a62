import { describe, expect, it } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../../src/preload/create-bridge';
import { seatEventChannel, seatInvokeChannel } from '../../../src/shared/contract/ipc-channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

function recordingIpc() {
  const calls: unknown[][] = [];
  let eventListener: Listener | undefined;
  const ipc: IpcRendererLike = {
    invoke: async (...args) => {
      calls.push(args);
      return { ok: true, value: 'answer' };
    },
    on: (channel, listener) => {
      if (channel === seatEventChannel) eventListener = listener;
    },
  };
  const fire = (...args: unknown[]) => eventListener?.({ sender: 'ipcRenderer', ports: [] }, ...args);
  return { ipc, calls, fire };
}

describe('createBridge (preload)', () => {
  it('exposes invoke and subscribe and nothing else', () => {
    expect(Object.keys(createBridge(recordingIpc().ipc)).sort()).toEqual(['invoke', 'subscribe']);
  });

  it('sends (method, input) on the invoke channel and returns the envelope', async () => {
    const { ipc, calls } = recordingIpc();
    expect(await createBridge(ipc).invoke('seat.info', {})).toEqual({ ok: true, value: 'answer' });
    expect(calls).toEqual([[seatInvokeChannel, 'seat.info', {}]]);
  });

  it('passes listeners the payload alone, never the IpcRendererEvent', () => {
    const { ipc, fire } = recordingIpc();
    const seen: unknown[][] = [];
    createBridge(ipc).subscribe('sync.status', (...args) => seen.push(args));
    fire('sync.status', { pending: 1 });
    fire('settings.changed', { theme: 'dark' });
    expect(seen).toEqual([[{ pending: 1 }]]);
  });

  it('unsubscribes one subscription without touching another of the same listener', () => {
    const { ipc, fire } = recordingIpc();
    const bridge = createBridge(ipc);
    const seen: unknown[] = [];
    const listener = (payload: unknown) => seen.push(payload);
    const first = bridge.subscribe('sync.status', listener);
    bridge.subscribe('sync.status', listener);
    first();
    first();
    fire('sync.status', 'once');
    expect(seen).toEqual(['once']);
  });
});
