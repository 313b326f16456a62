import { Button } from '@mantine/core';
import { useRunCommandHandler } from '../../commands/command-handlers';
import { useT } from '../../i18n/use-t';
import { syncCommandIds } from './sync-commands';

/** Red while the center has refused something nobody has dealt with; opens the list, as Shift+F9 does. */
export function RejectionsCounter({ count }: { count: number }) {
  const t = useT();
  const runHandler = useRunCommandHandler();
  if (count === 0) return null;
  return (
    <Button size="compact-xs" color="red" variant="filled" onClick={() => runHandler(syncCommandIds.rejections)} style={{ flexShrink: 0 }}>
      {t('status.rejections', { count })}
    </Button>
  );
}
