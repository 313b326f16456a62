import { Box, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { useT } from '../../i18n/use-t';
import type { CatalogLabels } from '../catalog/use-catalog-labels';
import { SlaCountdown } from './sla-countdown';
import { TicketStatusBadge } from './ticket-status-badge';

export const ticketRowHeight = 40;

/** Number, status, title, type, category, place, received, and the running deadline: what a scan needs. */
export const ticketRowColumns = '130px 150px minmax(160px, 1fr) 56px minmax(100px, 180px) minmax(90px, 150px) 132px 120px';

export interface TicketRowProps {
  id: string;
  ticket: TicketSummary;
  selected: boolean;
  now: number;
  labels: CatalogLabels;
  formatDateTime: (epochMs: number) => string;
  style: CSSProperties;
  onClick: () => void;
}

function lastPart(path: string): string {
  return path.split(' / ').at(-1) ?? path;
}

export function TicketRow({ id, ticket, selected, now, labels, formatDateTime, style, onClick }: TicketRowProps) {
  const t = useT();
  return (
    <Box
      id={id}
      role="option"
      aria-selected={selected}
      onClick={onClick}
      px="xs"
      style={{
        ...style,
        display: 'grid',
        gridTemplateColumns: ticketRowColumns,
        alignItems: 'center',
        gap: 8,
        cursor: 'pointer',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        background: selected ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Text size="xs" ff="monospace" c={ticket.number ? undefined : 'dimmed'} truncate>
        {ticket.number ?? t('ticket.noNumber')}
      </Text>
      <TicketStatusBadge status={ticket.status} pending={ticket.pending} />
      <Text size="sm" truncate title={ticket.title}>
        {ticket.title}
      </Text>
      <Text size="xs">{t(`appealType.${ticket.appealType}`)}</Text>
      <Text size="xs" truncate title={labels.category(ticket.categoryId)}>
        {lastPart(labels.category(ticket.categoryId))}
      </Text>
      <Text size="xs" truncate title={labels.place(ticket.streetCode || ticket.districtCode)}>
        {labels.place(ticket.streetCode || ticket.districtCode)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(ticket.receivedAt)}
      </Text>
      <SlaCountdown ticket={ticket} now={now} />
    </Box>
  );
}
