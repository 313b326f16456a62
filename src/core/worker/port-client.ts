import type { SeatBridge } from '../../shared/contract/bridge';
import { transportFailure, type Envelope } from '../../shared/contract/envelope';
import type { FromCore, PortLike, ToCore } from './port-messages';

export interface PortClient extends SeatBridge {
  /** Fails every call in flight, e.g. when the worker died. */
  failPending(reason: string): void;
}

/** The shell's side of the MessagePort transport. */
export function createPortClient(port: PortLike): PortClient {
  let nextId = 1;
  const pending = new Map<number, { method: string; resolve: (envelope: Envelope) => void }>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  port.on('message', (raw) => {
    const message = raw as FromCore;
    if (message.type === 'result') {
      pending.get(message.id)?.resolve(message.envelope);
      pending.delete(message.id);
    } else if (message.type === 'event') {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  });

  return {
    invoke(method, input) {
      const id = nextId++;
      return new Promise<Envelope>((resolve) => {
        pending.set(id, { method, resolve });
        try {
          port.postMessage({ type: 'invoke', id, method, input } satisfies ToCore);
        } catch (error) {
          pending.delete(id);
          resolve(transportFailure(method, `${method}: could not send to the seat core (${String(error)})`));
        }
      });
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    failPending(reason) {
      for (const [id, call] of pending) {
        call.resolve(transportFailure(call.method, `${call.method}: ${reason}`));
        pending.delete(id);
      }
    },
  };
}
