import type { SeatBridge } from '../../shared/contract/bridge';
import { events, type EventName, type EventPayload } from '../../shared/contract/events';

type Listener = (payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe: SeatBridge['subscribe'];
}

/** Payloads are validated on the way out, so a bad emit fails loudly at its source. */
export function createEventBus(): EventBus {
  const listeners = new Map<string, Set<Listener>>();
  return {
    emit(event, payload) {
      const checked = events[event].parse(payload);
      for (const listener of listeners.get(event) ?? []) listener(checked);
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
