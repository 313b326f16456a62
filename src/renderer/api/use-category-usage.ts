import { useQuery } from '@tanstack/react-query';
import { catalogKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** This seat's recent and frequent categories, which the category picker offers first. */
export function useCategoryUsage() {
  const client = useSeatClient();
  return useQuery({ queryKey: catalogKeys.usage(), queryFn: () => client.call('catalog.usage', {}) });
}
