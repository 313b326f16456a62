import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ticketKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

export function useAddNote(ticketId: string) {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => client.call('tickets.addNote', { ticketId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
    meta: { showsIssuesInline: true },
  });
}
