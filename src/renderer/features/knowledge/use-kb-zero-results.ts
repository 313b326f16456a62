import { useQuery } from '@tanstack/react-query';
import { kbKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/** The queries that most often found nothing: what the KB editors should add next. */
export function useKbZeroResults(limit: number) {
  const client = useSeatClient();
  return useQuery({ queryKey: kbKeys.zeroResults(limit), queryFn: () => client.call('kb.zeroResults', { limit }) });
}
