import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ticketKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** Every ticket from this number, open ones first; null phone: nothing to look up. */
export function useCallerHistory(phone: string | null) {
  const client = useSeatClient();
  return useQuery({
    queryKey: ticketKeys.callerHistory(phone ?? ''),
    queryFn: () => client.call('caller.history', { phone: phone ?? '' }),
    enabled: phone !== null,
    placeholderData: keepPreviousData,
  });
}
