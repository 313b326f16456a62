import { Badge, Group, Tooltip, UnstyledButton, Text } from '@mantine/core';
import type { SyncAccount } from '../../../shared/contract/sync/sync-status-schema';
import { useRunCommandHandler } from '../../commands/command-handlers';
import { useT } from '../../i18n/use-t';
import { syncCommandIds } from './sync-commands';

/**
 * Who the seat is working as. The name opens "switch operator", as
 * Ctrl+Shift+L does; an offline sign-in is marked, because the center has
 * not confirmed that password yet.
 */
export function AccountMarker({ account, signedInOffline }: { account: SyncAccount; signedInOffline: boolean }) {
  const t = useT();
  const runHandler = useRunCommandHandler();
  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Tooltip label={t('status.account.switch')}>
        <UnstyledButton onClick={() => runHandler(syncCommandIds.signIn)} aria-label={`${account.displayName} · ${t('status.account.switch')}`}>
          <Text size="xs" fw={600}>
            {account.displayName}
          </Text>
        </UnstyledButton>
      </Tooltip>
      {signedInOffline && (
        <Tooltip label={t('status.signedInOffline.detail')} multiline w={320}>
          <Badge size="xs" variant="outline" color="orange" tt="none">
            {t('status.signedInOffline')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
