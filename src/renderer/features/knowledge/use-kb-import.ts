import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kbKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/**
 * Imports a folder. An import that changed nothing emits no kb.changed, yet
 * the last-import line and the counts must still refresh, so they are
 * invalidated here too. A path that is not a folder is shown under the field.
 */
export function useKbImport() {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (folder: string) => client.call('kb.import', { folder }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: kbKeys.status() }),
    meta: { showsIssuesInline: true },
  });
}
