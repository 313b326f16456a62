import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { SyncRejection } from '../../../shared/contract/sync/sync-method-schemas';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { FieldConflicts } from './field-conflicts';
import { mutationLabel } from './mutation-label';
import { rejectionReasonMessages } from './rejection-reason';

export interface RejectionRowProps {
  rejection: SyncRejection;
  /** Absent when the ticket is not on this seat, so there is nothing to open. */
  onOpenTicket?: (ticketId: string) => void;
  onDismiss: (clientSeq: number) => void;
  dismissing: boolean;
}

/** One refused change: which ticket, what was sent, why it was refused, what to do, and when. */
export function RejectionRow({ rejection, onOpenTicket, onDismiss, dismissing }: RejectionRowProps) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const messages = rejectionReasonMessages[rejection.reasonCode];
  const title =
    rejection.ticketTitle ??
    (rejection.ticketId !== null ? t('sync.rejections.ticket', { id: rejection.ticketId }) : t('sync.rejections.noTicket'));
  const ticketId = rejection.ticketId;
  return (
    <Paper withBorder p="sm" component="li" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Badge size="sm" variant="light" color={rejection.outcome === 'conflict' ? 'orange' : 'red'} tt="none">
              {t(mutationLabel[rejection.mutation])}
            </Badge>
            <Text size="sm" fw={600} truncate="end">
              {title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(rejection.at)}
          </Text>
        </Group>
        <Text size="sm">{t(messages.reason)}</Text>
        {rejection.conflicts.length > 0 && <FieldConflicts conflicts={rejection.conflicts} />}
        <Text size="sm" c="blue">
          {t('sync.rejections.whatToDo', { advice: t(messages.advice) })}
        </Text>
        {/* The center's English sentence is for support; the operator reads the lines above. */}
        {rejection.message !== '' && (
          <Text size="xs" c="dimmed">
            {t('sync.rejections.centerSays', { message: rejection.message })}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          {onOpenTicket && ticketId !== null && (
            <Button size="compact-sm" variant="default" onClick={() => onOpenTicket(ticketId)}>
              {t('sync.rejections.openTicket')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="light"
            loading={dismissing}
            onClick={() => onDismiss(rejection.clientSeq)}
            aria-label={t('sync.rejections.dismissLabel', { title })}
          >
            {t('sync.rejections.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
