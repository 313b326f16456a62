import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { useCatalogLabels } from '../catalog/use-catalog-labels';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { ListClock } from './list-clock';
import { TicketRow, ticketRowHeight } from './ticket-row';

export const ticketListId = 'tickets-list';

export interface TicketListProps {
  items: readonly TicketSummary[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  selectedIndex: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
}

const pageJump = 10;
// Rows rendered beyond the visible ones: enough for a key press or a wheel step, few enough that a
// filter change renders little more than a screenful (it was 10 each side: 25 rows for 15 seen).
const overscanRows = 4;

/**
 * Only the rows in view are in the DOM, so a million cached tickets scroll
 * like ten; the next page is asked for as the last loaded row comes into
 * view. One focus stop: ↑↓ PgUp PgDn Home End move, Enter opens.
 * Memoized, like its rows: a filter change re-renders the filter bar, and
 * the list only once the new rows are in.
 */
function TicketListView({ items, hasMore, loadingMore, loadMore, selectedIndex, onSelect, onOpen }: TicketListProps) {
  const t = useT();
  const labels = useCatalogLabels();
  const formatDateTime = useFormatDateTime();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: hasMore ? items.length + 1 : items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ticketRowHeight,
    overscan: overscanRows,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastVisible >= items.length - 1) loadMore();
  }, [hasMore, loadingMore, lastVisible, items.length, loadMore]);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (items.length === 0) return;
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex - 1,
      PageDown: selectedIndex + pageJump,
      PageUp: selectedIndex - pageJump,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      onSelect(Math.max(0, Math.min(last, target)));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && selectedIndex >= 0) {
      event.preventDefault();
      onOpen(selectedIndex);
    }
  }

  const rowId = (index: number) => `${ticketListId}-row-${index}`;
  const choose = useStableCallback((index: number) => {
    onSelect(index);
    onOpen(index);
  });
  return (
    <Box
      ref={scrollRef}
      id={ticketListId}
      role="listbox"
      tabIndex={0}
      aria-label={t('tickets.list')}
      aria-activedescendant={selectedIndex >= 0 && selectedIndex < items.length ? rowId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
      style={{ height: 'calc(100vh - 290px)', minHeight: 240, overflow: 'auto', contain: 'strict' }}
    >
      <ListClock>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((row) => {
            const ticket = items[row.index];
            if (!ticket) {
              return (
                <Text
                  key="loading-more"
                  size="sm"
                  c="dimmed"
                  px="xs"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: row.size,
                    transform: `translateY(${row.start}px)`,
                    display: 'flex',
                    alignItems: 'center',
                  }}
                >
                  {t('tickets.loadingMore')}
                </Text>
              );
            }
            return (
              <TicketRow
                key={ticket.id}
                id={rowId(row.index)}
                index={row.index}
                ticket={ticket}
                selected={row.index === selectedIndex}
                labels={labels}
                formatDateTime={formatDateTime}
                top={row.start}
                height={row.size}
                onChoose={choose}
              />
            );
          })}
        </div>
      </ListClock>
    </Box>
  );
}

export const TicketList = memo(TicketListView);
