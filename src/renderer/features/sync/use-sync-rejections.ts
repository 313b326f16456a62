import { useQuery } from '@tanstack/react-query';
import { syncKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/**
 * The refused changes, read each time the list opens (a cheap local call)
 * and again whenever the status's rejection count changes (write-sync-status).
 */
export function useSyncRejections() {
  const client = useSeatClient();
  return useQuery({ queryKey: syncKeys.rejections(), queryFn: () => client.call('sync.rejections', {}) });
}
