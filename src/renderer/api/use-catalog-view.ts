import { useQuery } from '@tanstack/react-query';
import { catalogKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** The catalog in force; it changes only by catalog.changed, which invalidates it. */
export function useCatalogView() {
  const client = useSeatClient();
  return useQuery({
    queryKey: catalogKeys.view(),
    queryFn: () => client.call('catalog.get', {}),
    staleTime: Infinity,
  });
}
