import type { QueryClient } from '@tanstack/react-query';
import type { SyncStatus } from '../../shared/contract/sync/sync-status-schema';
import { syncKeys } from './query-keys';

/**
 * Stores a status the core sent (the sync.status event, or the answer to
 * sync.signIn / signOut / now). Only the rejection count travels with it,
 * so a changed count is the signal to ask for the list again; an unchanged
 * one costs nothing, however often the status moves.
 */
export function writeSyncStatus(queryClient: QueryClient, status: SyncStatus): void {
  const previous = queryClient.getQueryData<SyncStatus>(syncKeys.status());
  queryClient.setQueryData(syncKeys.status(), status);
  if (previous?.rejections !== status.rejections) {
    void queryClient.invalidateQueries({ queryKey: syncKeys.rejections() });
  }
}
