import { Stack, Text } from '@mantine/core';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { formatDeadline } from '../../../shared/sla/format-deadline';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { SlaCountdown } from './sla-countdown';
import { useNow } from './use-now';

/** Both deadlines as times, and the countdown of the one running now. */
export function TicketDeadlines({ ticket }: { ticket: TicketSummary }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(1_000);
  const line = (label: string, at: number | null) =>
    `${label} ${at === null ? t('ticket.sla.none') : formatDeadline(at, now, locale)}`;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {line(t('ticket.sla.dispatchBy'), ticket.dispatchBy)} · {line(t('ticket.sla.feedbackBy'), ticket.feedbackBy)}
      </Text>
      <SlaCountdown ticket={ticket} now={now} />
    </Stack>
  );
}
