import { Button, type ButtonProps } from '@mantine/core';
import { KeyCaps } from '../components/key-caps';
import { useT } from '../i18n/use-t';
import { useRunCommandHandler } from './command-handlers';
import { requireCommand } from './command-registry';

/**
 * A button for a command carried out by the screen it sits on (see
 * command-handlers): it does exactly what the shortcut does, and shows it.
 */
export function HandlerButton({ commandId, variant = 'default' }: { commandId: string; variant?: ButtonProps['variant'] }) {
  const t = useT();
  const runHandler = useRunCommandHandler();
  const command = requireCommand(commandId);
  return (
    <Button
      variant={variant}
      size="sm"
      onClick={() => runHandler(commandId)}
      rightSection={command.keys ? <KeyCaps binding={command.keys} /> : undefined}
    >
      {t(command.label)}
    </Button>
  );
}
