import { Drawer } from '@mantine/core';
import { memo } from 'react';
import { useT } from '../../i18n/use-t';
import { TicketDetailView } from './ticket-detail-view';

export interface TicketDetailDrawerProps {
  ticketId: string | null;
  onClose: () => void;
  /** A linked ticket opens in the same drawer. */
  onOpenTicket: (ticketId: string) => void;
}

/**
 * A ticket's full record beside whatever the operator was doing; Esc
 * closes it. Memoized: it has nothing to redraw when the list changes.
 */
function TicketDetailDrawerView({ ticketId, onClose, onOpenTicket }: TicketDetailDrawerProps) {
  const t = useT();
  return (
    <Drawer
      opened={ticketId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('ticketDetail.title')}
      closeButtonProps={{ 'aria-label': t('ticketDetail.close') }}
    >
      {ticketId !== null && <TicketDetailView ticketId={ticketId} onOpenTicket={onOpenTicket} />}
    </Drawer>
  );
}

export const TicketDetailDrawer = memo(TicketDetailDrawerView);
