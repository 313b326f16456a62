import { Badge, Group, Text } from '@mantine/core';
import type { SyncStatus } from '../../shared/contract/seat-schemas';
import { useSyncStatus } from '../api/use-sync-status';
import { useFormatDateTime } from '../i18n/use-format-date-time';
import { useT } from '../i18n/use-t';

const connectionColor: Record<SyncStatus['connection'], string> = {
  online: 'green',
  offline: 'red',
  not_configured: 'gray',
};

/** Always visible: whether the center is reachable, what is waiting to go, and when it last went. */
export function StatusBar() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { data: status, isError } = useSyncStatus();
  return (
    <Group h="100%" px="md" gap="lg" wrap="nowrap" role="status" aria-label={t('status.ariaLabel')}>
      {status ? (
        <>
          <Badge size="sm" variant="dot" tt="none" color={connectionColor[status.connection]}>
            {t(`status.connection.${status.connection}`)}
          </Badge>
          <Text size="xs">{t('status.pending', { count: status.pending })}</Text>
          <Text size="xs" c="dimmed">
            {status.lastSyncAt === null
              ? t('status.neverSynced')
              : t('status.lastSync', { time: formatDateTime(status.lastSyncAt) })}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed">
          {isError ? t('status.unavailable') : t('common.loading')}
        </Text>
      )}
    </Group>
  );
}
