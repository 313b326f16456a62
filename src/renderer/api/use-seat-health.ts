import { useQuery } from '@tanstack/react-query';
import { seatKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

export function useSeatHealth() {
  const client = useSeatClient();
  return useQuery({ queryKey: seatKeys.health(), queryFn: () => client.call('seat.health', {}) });
}
