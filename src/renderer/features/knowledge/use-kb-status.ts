import { useQuery } from '@tanstack/react-query';
import { kbKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/** Document count, last import and problems; kb.changed refreshes it. */
export function useKbStatus() {
  const client = useSeatClient();
  return useQuery({ queryKey: kbKeys.status(), queryFn: () => client.call('kb.status', {}) });
}
