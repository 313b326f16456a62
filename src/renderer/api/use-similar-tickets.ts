import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../shared/contract/methods';
import { ticketKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

/** "Already reported?": null input means not enough to go on yet. */
export function useSimilarTickets(input: MethodInput<'intake.similar'> | null) {
  const client = useSeatClient();
  return useQuery({
    queryKey: ticketKeys.similar(input ?? {}),
    queryFn: () => client.call('intake.similar', input ?? { title: '', description: '' }),
    enabled: input !== null,
    // The list stays while the next answer comes, so it does not flicker under the operator's eyes.
    placeholderData: keepPreviousData,
  });
}
