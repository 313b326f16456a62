import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { useCatalogLabels } from '../catalog/use-catalog-labels';
import { TicketRow, ticketRowHeight } from './ticket-row';
import { useNow } from './use-now';

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

/**
 * Only the rows in view are in the DOM, so a million cached tickets scroll
 * like ten; the next page is asked for as the last loaded row comes into
 * view. One focus stop: ↑↓ PgUp PgDn Home End move, Enter opens.
 */
export function TicketList({ items, hasMore, loadingMore, loadMore, selectedIndex, onSelect, onOpen }: TicketListProps) {
  const t = useT();
  const now = useNow(1_000);
  const labels = useCatalogLabels();
  const formatDateTime = useFormatDateTime();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: hasMore ? items.length + 1 : items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ticketRowHeight,
    overscan: 10,
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
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualRows.map((row) => {
          const ticket = items[row.index];
          const style = {
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            height: row.size,
            transform: `translateY(${row.start}px)`,
          } as const;
          if (!ticket) {
            return (
              <Text
                key="loading-more"
                size="sm"
                c="dimmed"
                px="xs"
                style={{ ...style, display: 'flex', alignItems: 'center' }}
              >
                {t('tickets.loadingMore')}
              </Text>
            );
          }
          return (
            <TicketRow
              key={ticket.id}
              id={rowId(row.index)}
              ticket={ticket}
              selected={row.index === selectedIndex}
              now={now}
              labels={labels}
              formatDateTime={formatDateTime}
              style={style}
              onClick={() => {
                onSelect(row.index);
                onOpen(row.index);
              }}
            />
          );
        })}
      </div>
    </Box>
  );
}
