import { Button } from '@mantine/core';
import { useRunCommandHandler } from '../../commands/command-handlers';
import { useT } from '../../i18n/use-t';
import { syncCommandIds } from './sync-commands';

/** Shown while sending waits for a sign-in: the way back to the modal after it was closed with Esc. */
export function SignInButton() {
  const t = useT();
  const runHandler = useRunCommandHandler();
  return (
    <Button size="compact-xs" color="yellow" variant="light" onClick={() => runHandler(syncCommandIds.signIn)} style={{ flexShrink: 0 }}>
      {t('status.signIn')}
    </Button>
  );
}
