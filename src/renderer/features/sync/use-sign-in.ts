import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInInput } from '../../../shared/contract/sync/sync-method-schemas';
import { useSeatClient } from '../../api/seat-client-context';
import { writeSyncStatus } from '../../api/write-sync-status';

/** sync.signIn; the form shows every failure under its fields, so none becomes a notification. */
export function useSignIn() {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => client.call('sync.signIn', input),
    onSuccess: (status) => writeSyncStatus(queryClient, status),
    meta: { showsFailureInline: true },
  });
}
