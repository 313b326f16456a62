import { useQuery } from '@tanstack/react-query';
import { settingsKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** Settings change only through settings.update, whose settings.changed event refreshes this cache. */
export function useSettings() {
  const client = useSeatClient();
  return useQuery({
    queryKey: settingsKeys.current(),
    queryFn: () => client.call('settings.get', {}),
    staleTime: Infinity,
  });
}
