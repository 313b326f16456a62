import { Group, Loader, Text } from '@mantine/core';
import type { SyncStatus } from '../../shared/contract/sync/sync-status-schema';
import { useSyncStatus } from '../api/use-sync-status';
import { AccountMarker } from '../features/sync/account-marker';
import { ConnectionBadge } from '../features/sync/connection-badge';
import { RejectionsCounter } from '../features/sync/rejections-counter';
import { SignInButton } from '../features/sync/sign-in-button';
import { SyncProblemText } from '../features/sync/sync-problem-text';
import { useIsSyncingNow } from '../features/sync/use-sync-now';
import { useFormatDateTime } from '../i18n/use-format-date-time';
import { useFormatTime } from '../i18n/use-format-time';
import { useT } from '../i18n/use-t';

/**
 * One line, always visible: whether the center is reachable and as whom,
 * what was refused (first, so it is never pushed off the edge), what is
 * waiting to go, when it last went (or how far a first pull has come),
 * when the next try is, and what is stuck. Only the problem text shrinks
 * when the window is narrow.
 */
function SyncStatusLine({ status }: { status: SyncStatus }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const formatTime = useFormatTime();
  const syncing = useIsSyncingNow();
  const needsSignIn = status.connection === 'signed_out' || status.problem?.code === 'session_expired';
  return (
    <>
      <ConnectionBadge connection={status.connection} />
      {status.account && <AccountMarker account={status.account} signedInOffline={status.signedInOffline} />}
      {needsSignIn && <SignInButton />}
      <RejectionsCounter count={status.rejections} />
      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
        {syncing && <Loader size={10} aria-label={t('status.syncing')} />}
        <Text size="xs">{t('status.pending', { count: status.pending })}</Text>
      </Group>
      {status.firstPull ? (
        <Text size="xs" style={{ flexShrink: 0 }}>
          {t('status.firstPull', { count: status.firstPull.received })}
        </Text>
      ) : (
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {status.lastSyncAt === null ? t('status.neverSynced') : t('status.lastSync', { time: formatDateTime(status.lastSyncAt) })}
        </Text>
      )}
      {status.connection === 'offline' && status.nextRetryAt !== null && (
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {t('status.retryAt', { time: formatTime(status.nextRetryAt) })}
        </Text>
      )}
      {status.problem && <SyncProblemText problem={status.problem} />}
    </>
  );
}

export function StatusBar() {
  const t = useT();
  const { data: status, isError } = useSyncStatus();
  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap" role="status" aria-label={t('status.ariaLabel')} style={{ overflow: 'hidden' }}>
      {status ? (
        <SyncStatusLine status={status} />
      ) : (
        <Text size="xs" c="dimmed">
          {isError ? t('status.unavailable') : t('common.loading')}
        </Text>
      )}
    </Group>
  );
}
