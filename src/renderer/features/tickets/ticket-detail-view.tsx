import { Badge, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTicket } from '../../api/use-ticket';
import { useT } from '../../i18n/use-t';
import { AddNoteForm } from './add-note-form';
import { TicketDescription } from './ticket-description';
import { TicketDetailFields } from './ticket-detail-fields';
import { TicketLinks } from './ticket-links';
import { TicketStatusBadge } from './ticket-status-badge';
import { TicketTimeline } from './ticket-timeline';

/** Everything the seat knows about one ticket: fields, notes, links, and the timeline of its events. */
export function TicketDetailView({ ticketId, onOpenTicket }: { ticketId: string; onOpenTicket: (id: string) => void }) {
  const t = useT();
  const { data: ticket, isPending } = useTicket(ticketId);
  if (isPending) return <Loader size="sm" />;
  if (!ticket) return <Text c="dimmed">{t('ticketDetail.notFound')}</Text>;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" ff="monospace" c="dimmed">
            {ticket.number ?? t('ticket.noNumber')}
          </Text>
          <TicketStatusBadge status={ticket.status} pending={ticket.pending} />
          {ticket.directAnswer && (
            <Badge size="sm" color="teal" variant="outline" tt="none">
              {t('ticketDetail.directAnswer')}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4">
          {ticket.title}
        </Title>
      </Stack>
      <TicketDetailFields ticket={ticket} />
      <TicketDescription description={ticket.description} />
      {ticket.links.length > 0 && <TicketLinks links={ticket.links} onOpenTicket={onOpenTicket} />}
      <Divider />
      <TicketTimeline events={ticket.events} notes={ticket.notes} />
      <AddNoteForm ticketId={ticket.id} />
    </Stack>
  );
}
