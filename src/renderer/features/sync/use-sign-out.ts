import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSeatClient } from '../../api/seat-client-context';
import { writeSyncStatus } from '../../api/write-sync-status';

/** sync.signOut: local work keeps queueing; the next operator's sign-in sends it. */
export function useSignOut() {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.call('sync.signOut', {}),
    onSuccess: (status) => writeSyncStatus(queryClient, status),
  });
}
