import { useQueryClient } from '@tanstack/react-query';
import { catalogKeys, kbKeys, settingsKeys, ticketKeys } from './query-keys';
import { useCoreEvent } from './use-core-event';
import { writeSyncStatus } from './write-sync-status';

/**
 * Core events carry the whole new value, so they are written straight into
 * the cache: every screen showing it updates without a round trip.
 * Renders nothing; it only has to live inside the QueryClientProvider.
 */
export function CoreEventsInCache(): null {
  const queryClient = useQueryClient();
  useCoreEvent('sync.status', (status) => writeSyncStatus(queryClient, status));
  useCoreEvent('settings.changed', (settings) => queryClient.setQueryData(settingsKeys.current(), settings));
  // Only a count travels with kb.changed: searches, previews and the status refetch.
  useCoreEvent('kb.changed', () => void queryClient.invalidateQueries({ queryKey: kbKeys.all }));
  // tickets.changed and catalog.changed carry only ids: whatever shows tickets or the catalog asks again.
  useCoreEvent('tickets.changed', () => void queryClient.invalidateQueries({ queryKey: ticketKeys.all }));
  useCoreEvent('catalog.changed', () => void queryClient.invalidateQueries({ queryKey: catalogKeys.all }));
  return null;
}
