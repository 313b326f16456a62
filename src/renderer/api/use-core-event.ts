import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { useSeatClient } from './seat-client-context';

/** Subscribes for the component's lifetime; a new listener each render does not resubscribe. */
export function useCoreEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const client = useSeatClient();
  const latestListener = useRef(listener);
  useEffect(() => {
    latestListener.current = listener;
  });
  useEffect(() => client.on(event, (payload) => latestListener.current(payload)), [client, event]);
}
