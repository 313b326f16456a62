import { memo, type CSSProperties } from 'react';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { useT } from '../../i18n/use-t';
import type { CatalogLabels } from '../catalog/use-catalog-labels';
import { ListSlaCountdown } from './list-clock';
import { TicketStatusBadge } from './ticket-status-badge';

export const ticketRowHeight = 40;

/** Number, status, title, type, category, place, received, and the running deadline: what a scan needs. */
export const ticketRowColumns = '130px 150px minmax(160px, 1fr) 56px minmax(100px, 180px) minmax(90px, 150px) 132px 120px';

export interface TicketRowProps {
  id: string;
  index: number;
  ticket: TicketSummary;
  selected: boolean;
  labels: CatalogLabels;
  formatDateTime: (epochMs: number) => string;
  /** Where the virtualized list places the row. */
  top: number;
  height: number;
  onChoose: (index: number) => void;
}

function lastPart(path: string): string {
  return path.split(' / ').at(-1) ?? path;
}

/*
 * Plain elements styled with Mantine's variables, as Mantine's Box and
 * Text would draw them: every filter change renders a screenful of new
 * rows, and those components' style-props machinery was most of React's
 * time on the list (bench intake-ui).
 */
const rowStyle: CSSProperties = {
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  display: 'grid',
  gridTemplateColumns: ticketRowColumns,
  alignItems: 'center',
  gap: 8,
  paddingInline: 'var(--mantine-spacing-xs)',
  cursor: 'pointer',
  borderBottom: '1px solid var(--mantine-color-default-border)',
};
const text = (size: 'sm' | 'xs'): CSSProperties => ({
  margin: 0,
  fontSize: `var(--mantine-font-size-${size})`,
  lineHeight: `var(--mantine-line-height-${size})`,
});
const truncate: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const numberStyle: CSSProperties = { ...text('xs'), ...truncate, fontFamily: 'var(--mantine-font-family-monospace)' };
const noNumberStyle: CSSProperties = { ...numberStyle, color: 'var(--mantine-color-dimmed)' };
const titleStyle: CSSProperties = { ...text('sm'), ...truncate };
const smallStyle = text('xs');
const smallTruncatedStyle: CSSProperties = { ...text('xs'), ...truncate };
const receivedStyle: CSSProperties = { ...text('xs'), color: 'var(--mantine-color-dimmed)' };

function TicketRowView({ id, index, ticket, selected, labels, formatDateTime, top, height, onChoose }: TicketRowProps) {
  const t = useT();
  const category = labels.category(ticket.categoryId);
  const place = labels.place(ticket.streetCode || ticket.districtCode);
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      onClick={() => onChoose(index)}
      style={{
        ...rowStyle,
        height,
        transform: `translateY(${top}px)`,
        background: selected ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <p style={ticket.number ? numberStyle : noNumberStyle}>{ticket.number ?? t('ticket.noNumber')}</p>
      <TicketStatusBadge status={ticket.status} pending={ticket.pending} />
      <p style={titleStyle} title={ticket.title}>
        {ticket.title}
      </p>
      <p style={smallStyle}>{t(`appealType.${ticket.appealType}`)}</p>
      <p style={smallTruncatedStyle} title={category}>
        {lastPart(category)}
      </p>
      <p style={smallTruncatedStyle} title={place}>
        {place}
      </p>
      <p style={receivedStyle}>{formatDateTime(ticket.receivedAt)}</p>
      <ListSlaCountdown ticket={ticket} />
    </div>
  );
}

/**
 * A row renders again only when its ticket, place or selection changed:
 * React Query keeps an unchanged ticket's object across refetches, and the
 * countdown ticks on its own (ListClock).
 */
export const TicketRow = memo(TicketRowView);
