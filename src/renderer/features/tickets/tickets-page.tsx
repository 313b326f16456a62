import { Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSeatClient } from '../../api/seat-client-context';
import { ticketListQuery, useTicketList } from '../../api/use-ticket-list';
import { useCommandHandler } from '../../commands/command-handlers';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { useT } from '../../i18n/use-t';
import { TicketDetailDrawer } from './ticket-detail-drawer';
import { emptyTicketFilter, toTicketListFilter, type TicketFilterState } from './ticket-filter';
import { TicketFilterBar, ticketSearchInputId } from './ticket-filter-bar';
import { TicketList } from './ticket-list';
import { TicketListHeader } from './ticket-list-header';

/**
 * 工单: this seat's tickets, filtered and searched, with their deadlines
 * counting down. The list refetches when tickets.changed arrives; the
 * detail opens in a drawer over it, and j / k keep moving underneath.
 */
export function TicketsPage() {
  const t = useT();
  const client = useSeatClient();
  const queryClient = useQueryClient();
  const [filterState, setFilterState] = useState<TicketFilterState>(emptyTicketFilter);
  // Typing in the search waits for a pause; every other filter applies at once.
  const [settledText] = useDebouncedValue(filterState.text, 250);
  const filter = useMemo(() => toTicketListFilter({ ...filterState, text: settledText }), [filterState, settledText]);
  const list = useTicketList(filter);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const firstPage = list.data?.pages[0];
  const [selection, setSelection] = useState({ filter, index: 0 });
  const selectedIndex = selection.filter === filter ? Math.min(selection.index, items.length - 1) : 0;
  const [openTicketId, setOpenTicketId] = useState<string | null>(null);

  // A filter that applies at once is asked for from the key's own handler,
  // before React renders the change (~15–30 ms on the bench machine); the
  // list's query then finds the request under way. The text waits for its pause.
  const changeFilter = useStableCallback((next: TicketFilterState) => {
    if (next.text === filterState.text) {
      void queryClient.prefetchInfiniteQuery(ticketListQuery(client, toTicketListFilter({ ...next, text: settledText })));
    }
    setFilterState(next);
  });
  const select = useStableCallback((index: number) => {
    setSelection({ filter, index });
    // With the detail open, moving the selection shows the next ticket in it.
    if (openTicketId !== null) setOpenTicketId(items[index]?.id ?? openTicketId);
  });
  const open = useStableCallback((index: number) => setOpenTicketId(items[index]?.id ?? null));
  const loadMore = useStableCallback(() => void list.fetchNextPage());
  const closeDetail = useStableCallback(() => setOpenTicketId(null));

  useCommandHandler('tickets.next', () => select(Math.min(items.length - 1, selectedIndex + 1)));
  useCommandHandler('tickets.previous', () => select(Math.max(0, selectedIndex - 1)));
  useCommandHandler('tickets.focusSearch', () => document.getElementById(ticketSearchInputId)?.focus());
  useCommandHandler('navigate.back', closeDetail);

  return (
    <Stack gap="sm">
      <TicketFilterBar value={filterState} onChange={changeFilter} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" aria-label={t('tickets.list')}>
          {firstPage
            ? firstPage.totalIsCapped
              ? t('tickets.countCapped', { count: firstPage.total })
              : t('tickets.count', { count: firstPage.total })
            : t('common.loading')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('tickets.keyboardHint')}
        </Text>
      </Group>
      <Paper withBorder>
        <TicketListHeader />
        {firstPage && items.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {t('tickets.empty')}
          </Text>
        ) : (
          <TicketList
            items={items}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            loadMore={loadMore}
            selectedIndex={selectedIndex}
            onSelect={select}
            onOpen={open}
          />
        )}
      </Paper>
      <TicketDetailDrawer ticketId={openTicketId} onClose={closeDetail} onOpenTicket={setOpenTicketId} />
    </Stack>
  );
}
