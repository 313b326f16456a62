import { Button } from '@mantine/core';
import { KeyCaps } from '../components/key-caps';
import { useT } from '../i18n/use-t';
import type { Command, CommandContext } from './command';

/** A visible way into a command that also teaches its shortcut. */
export function CommandButton({ command, context }: { command: Command; context: CommandContext }) {
  const t = useT();
  return (
    <Button
      variant="default"
      size="compact-sm"
      onClick={() => command.run(context)}
      rightSection={command.keys ? <KeyCaps binding={command.keys} /> : undefined}
    >
      {t(command.label)}
    </Button>
  );
}
