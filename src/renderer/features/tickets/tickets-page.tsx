import { Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTicketList } from '../../api/use-ticket-list';
import { useCommandHandler } from '../../commands/command-handlers';
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

  const select = (index: number) => {
    setSelection({ filter, index });
    // With the detail open, moving the selection shows the next ticket in it.
    if (openTicketId !== null) setOpenTicketId(items[index]?.id ?? openTicketId);
  };
  const open = (index: number) => setOpenTicketId(items[index]?.id ?? null);

  useCommandHandler('tickets.next', () => select(Math.min(items.length - 1, selectedIndex + 1)));
  useCommandHandler('tickets.previous', () => select(Math.max(0, selectedIndex - 1)));
  useCommandHandler('tickets.focusSearch', () => document.getElementById(ticketSearchInputId)?.focus());
  useCommandHandler('navigate.back', () => setOpenTicketId(null));

  return (
    <Stack gap="sm">
      <TicketFilterBar value={filterState} onChange={setFilterState} />
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
            loadMore={() => void list.fetchNextPage()}
            selectedIndex={selectedIndex}
            onSelect={select}
            onOpen={open}
          />
        )}
      </Paper>
      <TicketDetailDrawer ticketId={openTicketId} onClose={() => setOpenTicketId(null)} onOpenTicket={setOpenTicketId} />
    </Stack>
  );
}
