import { Group, Pill, Text } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { useCurrentIntake } from './use-current-intake';

/** The knowledge-base documents attached to this intake (a direct answer cites them). */
export function KbDocumentsUsed() {
  const t = useT();
  const { kbDocumentIds, detachKbDocument } = useCurrentIntake();
  if (kbDocumentIds.length === 0) return null;
  return (
    <Group gap={6}>
      <Text size="xs" c="dimmed">
        {t('intake.kb.attached', { count: kbDocumentIds.length })}
      </Text>
      {kbDocumentIds.map((id) => (
        <Pill
          key={id}
          withRemoveButton
          onRemove={() => detachKbDocument(id)}
          removeButtonProps={{ 'aria-label': t('intake.kb.detach', { id }) }}
        >
          {id}
        </Pill>
      ))}
    </Group>
  );
}
