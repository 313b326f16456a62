import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { TicketStatusBadge } from './ticket-status-badge';

export interface CompactTicketItem {
  ticket: TicketSummary;
  /** A short remark at the row's end (how similar it is). */
  remark?: string;
  /** Drawn as highlighted (the caller's tickets of the last 30 days). */
  highlighted?: boolean;
  /** A word on the highlight, so it is not told by colour alone. */
  highlightLabel?: string;
}

export interface CompactTicketListProps {
  /** The list's id, for the focus shortcuts. */
  id: string;
  label: string;
  items: readonly CompactTicketItem[];
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  onOpen: (ticketId: string) => void;
  /** Alt+L on a row of this list: link the intake as a repeat of it. */
  onLink?: (ticketId: string) => void;
  linkedTicketId?: string | null;
  linkedLabel?: string;
  footer?: ReactNode;
}

/**
 * A short list of tickets for the intake's side panels (caller history,
 * "already reported?"): one focus stop, ↑↓ to move, Enter to open the
 * ticket, Alt+L to link the intake to it.
 */
export function CompactTicketList(props: CompactTicketListProps) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const active = Math.min(props.activeIndex, props.items.length - 1);
  const activeTicket = props.items[active]?.ticket;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (props.items.length === 0) return;
    const move = (index: number) => {
      event.preventDefault();
      props.onActiveIndexChange(Math.max(0, Math.min(props.items.length - 1, index)));
    };
    if (event.key === 'ArrowDown') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(props.items.length - 1);
    // A plain Enter opens the row; Ctrl+Enter is the seat's dispatch and must reach the intake.
    else if (event.key === 'Enter' && !hasModifier(event) && activeTicket) {
      event.preventDefault();
      props.onOpen(activeTicket.id);
    } else if (event.altKey && event.code === 'KeyL' && activeTicket && props.onLink) {
      event.preventDefault();
      props.onLink(activeTicket.id);
    }
  }

  const optionId = (index: number) => `${props.id}-option-${index}`;
  return (
    <Stack gap={2}>
      <Box
        id={props.id}
        role="listbox"
        tabIndex={0}
        aria-label={props.label}
        aria-activedescendant={activeTicket ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
        style={{ outlineOffset: 2 }}
      >
        {props.items.map((item, index) => {
          const { ticket } = item;
          const isActive = index === active;
          return (
            <Box
              key={ticket.id}
              id={optionId(index)}
              role="option"
              aria-selected={isActive}
              onClick={() => {
                props.onActiveIndexChange(index);
                props.onOpen(ticket.id);
              }}
              px={6}
              py={4}
              style={{
                cursor: 'pointer',
                borderRadius: 4,
                borderLeft: `3px solid ${isActive ? 'var(--mantine-color-blue-filled)' : 'transparent'}`,
                background: item.highlighted ? 'var(--mantine-color-yellow-light)' : undefined,
              }}
            >
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {ticket.number ?? t('ticket.noNumber')}
                  </Text>
                  <TicketStatusBadge status={ticket.status} pending={ticket.pending} />
                  {props.linkedTicketId === ticket.id && (
                    <Badge size="xs" color="grape" tt="none">
                      {props.linkedLabel}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {item.highlightLabel && item.highlighted ? `${item.highlightLabel} · ` : ''}
                  {item.remark ?? formatDateTime(ticket.receivedAt)}
                </Text>
              </Group>
              <Text size="sm" lineClamp={1}>
                {ticket.title}
              </Text>
            </Box>
          );
        })}
      </Box>
      {props.footer}
    </Stack>
  );
}

function hasModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
}
