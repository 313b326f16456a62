import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TicketDetail } from '../../../shared/contract/intake/ticket-views';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';

export function TicketLinks({ links, onOpenTicket }: { links: TicketDetail['links']; onOpenTicket: (id: string) => void }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('ticketDetail.links')}
      </Text>
      {links.map((link) => (
        <Group key={`${link.kind}:${link.ticketId}`} gap="xs" wrap="nowrap">
          <Text size="sm">{t(`ticketDetail.link.${link.kind}`)}</Text>
          <Anchor component="button" type="button" size="sm" onClick={() => onOpenTicket(link.ticketId)}>
            {link.title ?? link.ticketId}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDateTime(link.at)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
