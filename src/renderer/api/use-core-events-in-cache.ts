import { useQueryClient } from '@tanstack/react-query';
import { settingsKeys, syncKeys } from './query-keys';
import { useCoreEvent } from './use-core-event';

/**
 * Core events carry the whole new value, so they are written straight into
 * the cache: every screen showing it updates without a round trip.
 */
export function useCoreEventsInCache(): void {
  const queryClient = useQueryClient();
  useCoreEvent('sync.status', (status) => queryClient.setQueryData(syncKeys.status(), status));
  useCoreEvent('settings.changed', (settings) => queryClient.setQueryData(settingsKeys.current(), settings));
}
