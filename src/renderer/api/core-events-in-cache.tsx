import { useQueryClient } from '@tanstack/react-query';
import { settingsKeys, syncKeys } from './query-keys';
import { useCoreEvent } from './use-core-event';

/**
 * Core events carry the whole new value, so they are written straight into
 * the cache: every screen showing it updates without a round trip.
 * Renders nothing; it only has to live inside the QueryClientProvider.
 */
export function CoreEventsInCache(): null {
  const queryClient = useQueryClient();
  useCoreEvent('sync.status', (status) => queryClient.setQueryData(syncKeys.status(), status));
  useCoreEvent('settings.changed', (settings) => queryClient.setQueryData(settingsKeys.current(), settings));
  return null;
}
