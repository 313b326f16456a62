import { Group, Title } from '@mantine/core';
import type { CommandContext } from '../commands/command';
import { CommandButton } from '../commands/command-button';
import { requireCommand } from '../commands/command-registry';
import { useT } from '../i18n/use-t';

export function SeatHeader({ context }: { context: CommandContext }) {
  const t = useT();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Title order={1} size="h5">
        {t('app.title')}
      </Title>
      <Group gap="xs" wrap="nowrap">
        <CommandButton command={requireCommand('palette.open')} context={context} />
        <CommandButton command={requireCommand('cheatSheet.open')} context={context} />
      </Group>
    </Group>
  );
}
