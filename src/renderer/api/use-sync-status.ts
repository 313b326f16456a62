import { useQuery } from '@tanstack/react-query';
import { syncKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** Read once, then kept current by the sync.status event (see CoreEventsInCache). */
export function useSyncStatus() {
  const client = useSeatClient();
  return useQuery({
    queryKey: syncKeys.status(),
    queryFn: () => client.call('sync.status', {}),
    staleTime: Infinity,
  });
}
