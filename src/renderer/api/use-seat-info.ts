import { useQuery } from '@tanstack/react-query';
import { seatKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

export function useSeatInfo() {
  const client = useSeatClient();
  return useQuery({ queryKey: seatKeys.info(), queryFn: () => client.call('seat.info', {}) });
}
