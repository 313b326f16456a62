import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../shared/contract/methods';
import type { SeatClient } from '../../shared/contract/seat-client';
import { ticketKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

export type TicketListFilter = Omit<MethodInput<'tickets.list'>, 'offset' | 'limit'>;

/** Rows per request: a few screens' worth, so scrolling rarely waits. */
export const ticketPageSize = 100;

/**
 * tickets.list for one filter, page by page. Shared by the list's hook and
 * by whoever starts the request before the list renders (a filter change
 * asks the core from its event handler, then React renders).
 */
export function ticketListQuery(client: SeatClient, filter: TicketListFilter) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.list(filter),
    queryFn: ({ pageParam }) => client.call('tickets.list', { ...filter, offset: pageParam, limit: ticketPageSize }),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      const more = lastPage.totalIsCapped ? lastPage.items.length === ticketPageSize : loaded < lastPage.total;
      return more ? loaded : undefined;
    },
  });
}

/** tickets.list page by page as the list scrolls; a new filter starts again at the top. */
export function useTicketList(filter: TicketListFilter) {
  const client = useSeatClient();
  return useInfiniteQuery({ ...ticketListQuery(client, filter), placeholderData: keepPreviousData });
}
