import { Alert, Button, Group, Text } from '@mantine/core';
import { useTicket } from '../../api/use-ticket';
import { requireCommand } from '../../commands/command-registry';
import { KeyCaps } from '../../components/key-caps';
import { useT } from '../../i18n/use-t';
import { useIntakeSelector, useIntakeStore } from './intake-session-context';

/** The repeat link, impossible to miss and one click or Alt+L from being undone. */
export function RepeatOfNotice({ onOpenTicket }: { onOpenTicket: (ticketId: string) => void }) {
  const t = useT();
  const store = useIntakeStore();
  const repeatOf = useIntakeSelector((current) => current.current().fields.repeatOfTicketId);
  const { data: ticket } = useTicket(repeatOf);
  if (repeatOf === null) return null;
  const keys = requireCommand('intake.linkRepeat').keys;
  return (
    <Alert color="grape" variant="light" p="xs" title={t('intake.repeatOf.notice')}>
      <Group justify="space-between" wrap="nowrap">
        <Button variant="subtle" size="compact-sm" onClick={() => onOpenTicket(repeatOf)} style={{ minWidth: 0 }}>
          <Text size="sm" truncate>
            {ticket ? `${ticket.number ?? t('ticket.noNumber')} · ${ticket.title}` : repeatOf}
          </Text>
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => store.edit({ repeatOfTicketId: null })}
          rightSection={keys && <KeyCaps binding={keys} />}
        >
          {t('intake.repeatOf.unlink')}
        </Button>
      </Group>
    </Alert>
  );
}
