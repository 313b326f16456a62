import { Badge, Tooltip } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { TicketStatus } from '../../../shared/tickets/ticket-status';
import { isFinishedStatus } from '../../../shared/tickets/ticket-status';
import { useT } from '../../i18n/use-t';

const statusColor: Partial<Record<TicketStatus, string>> = {
  queued: 'gray',
  returned: 'orange',
  unsatisfied: 'red',
  rework: 'orange',
  linked: 'grape',
};

// A plain flex row (as Mantine's Group draws it): the badge is in every row of the tickets list.
const badgesStyle: CSSProperties = { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', gap: 4 };

/** The status, and whether the seat is still waiting to send the last change to the center. */
export function TicketStatusBadge({ status, pending }: { status: TicketStatus; pending: boolean }) {
  const t = useT();
  const color = statusColor[status] ?? (isFinishedStatus(status) ? 'teal' : 'blue');
  return (
    <div style={badgesStyle}>
      <Badge size="sm" variant="light" color={color} tt="none">
        {t(`ticketStatus.${status}`)}
      </Badge>
      {pending && status !== 'queued' && (
        <Tooltip label={t('ticket.pending.title')}>
          <Badge size="sm" variant="outline" color="gray" tt="none">
            {t('ticket.pending')}
          </Badge>
        </Tooltip>
      )}
    </div>
  );
}
