import { ScrollArea, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/use-t';

/** The call notes as written, line breaks kept; a very long text scrolls inside its own box. */
export function TicketDescription({ description }: { description: string }) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('ticketDetail.description')}
      </Text>
      <ScrollArea.Autosize mah={320} type="auto">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {description}
        </Text>
      </ScrollArea.Autosize>
    </Stack>
  );
}
