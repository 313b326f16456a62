import { Badge, Group, Tooltip } from '@mantine/core';
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

/** The status, and whether the seat is still waiting to send the last change to the center. */
export function TicketStatusBadge({ status, pending }: { status: TicketStatus; pending: boolean }) {
  const t = useT();
  const color = statusColor[status] ?? (isFinishedStatus(status) ? 'teal' : 'blue');
  return (
    <Group gap={4} wrap="nowrap">
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
    </Group>
  );
}
