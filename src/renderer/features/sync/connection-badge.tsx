import { Badge } from '@mantine/core';
import type { SyncConnection } from '../../../shared/contract/sync/sync-status-schema';
import { useT } from '../../i18n/use-t';

/** Green: sending; red: the center is unreachable; yellow: nobody signed in; gray: no center at all. */
const connectionColor: Record<SyncConnection, string> = {
  online: 'green',
  offline: 'red',
  signed_out: 'yellow',
  not_configured: 'gray',
};

export function ConnectionBadge({ connection }: { connection: SyncConnection }) {
  const t = useT();
  return (
    <Badge size="sm" variant="dot" tt="none" color={connectionColor[connection]} style={{ flexShrink: 0 }}>
      {t(`status.connection.${connection}`)}
    </Badge>
  );
}
