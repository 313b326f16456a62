import { useMutation, useQueryClient } from '@tanstack/react-query';
import { syncKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/**
 * sync.dismissRejection, then the list and the status are asked again: the
 * row goes and the counter drops even if the core's status event is late.
 */
export function useDismissRejection() {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clientSeq: number) => client.call('sync.dismissRejection', { clientSeq }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: syncKeys.all }),
  });
}
