import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { KbSearchInput } from '../../../shared/contract/kb/kb-search-schemas';
import { kbKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/**
 * One search; null searches nothing. The previous results stay on screen
 * until the next ones arrive, so the list does not flash empty on every
 * keystroke.
 */
export function useKbSearch(input: KbSearchInput | null) {
  const client = useSeatClient();
  return useQuery({
    queryKey: kbKeys.search(input ?? { query: '' }),
    queryFn: () => client.call('kb.search', input ?? { query: '' }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}
