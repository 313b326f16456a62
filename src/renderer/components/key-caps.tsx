import { Group, Kbd } from '@mantine/core';
import { keyCaps, type KeyBinding } from '../commands/key-binding';

export function KeyCaps({ binding }: { binding: KeyBinding }) {
  return (
    <Group component="span" gap={4} wrap="nowrap">
      {keyCaps(binding).map((cap) => (
        <Kbd key={cap} size="xs">
          {cap}
        </Kbd>
      ))}
    </Group>
  );
}
