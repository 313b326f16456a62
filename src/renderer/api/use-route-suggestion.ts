import { useQuery } from '@tanstack/react-query';
import { routingKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** The routing rules' lead unit and co-units for a leaf category and a place; null when either is missing. */
export function useRouteSuggestion(categoryId: string, placeCode: string) {
  const client = useSeatClient();
  return useQuery({
    queryKey: routingKeys.suggestion(categoryId, placeCode),
    queryFn: () => client.call('intake.route', { categoryId, placeCode }),
    enabled: categoryId !== '' && placeCode !== '',
    staleTime: Infinity,
  });
}
