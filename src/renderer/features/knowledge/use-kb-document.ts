import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kbKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/** A document for the preview, with the matches of `query` highlighted; null id loads nothing. */
export function useKbDocument(id: string | null, query = '') {
  const client = useSeatClient();
  return useQuery({
    queryKey: kbKeys.document(id ?? '', query),
    queryFn: () => client.call('kb.get', query.trim() === '' ? { id: id ?? '' } : { id: id ?? '', query }),
    enabled: id !== null,
    // Moving through results with ↑/↓ keeps the last document on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
}
