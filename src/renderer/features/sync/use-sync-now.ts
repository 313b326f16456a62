import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useSeatClient } from '../../api/seat-client-context';
import { writeSyncStatus } from '../../api/write-sync-status';

/** A mutation key, not a query key: the status bar asks whether a sync.now is under way. */
const syncNowKey = ['sync', 'now'] as const;

/** sync.now: push and pull at once instead of waiting for the next poke, poll or retry. */
export function useSyncNow() {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: syncNowKey,
    mutationFn: () => client.call('sync.now', {}),
    onSuccess: (status) => writeSyncStatus(queryClient, status),
  });
}

/** True while a sync.now the operator asked for has not answered yet. */
export function useIsSyncingNow(): boolean {
  return useIsMutating({ mutationKey: syncNowKey }) > 0;
}
