import { useQuery } from '@tanstack/react-query';
import { ticketKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

export function useTicket(id: string | null) {
  const client = useSeatClient();
  return useQuery({
    queryKey: ticketKeys.detail(id ?? ''),
    queryFn: () => client.call('tickets.get', { id: id ?? '' }),
    enabled: id !== null,
  });
}
