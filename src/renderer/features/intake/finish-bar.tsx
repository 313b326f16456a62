import { Alert, Group, List, Paper, Text } from '@mantine/core';
import { HandlerButton } from '../../commands/handler-button';
import { useT } from '../../i18n/use-t';
import { KbDocumentsUsed } from './kb-documents-used';
import { useIntakeSelector } from './intake-session-context';

const stickToBottom = { position: 'sticky', bottom: 'calc(var(--app-shell-footer-offset, 0px) + 4px)', zIndex: 2 } as const;

/**
 * The way out of an intake: dispatch, direct answer, or a new one; with what
 * stands in the way. It sticks to the bottom of the window, so the buttons
 * and their keys stay in sight however long the form scrolls.
 */
export function FinishBar() {
  const t = useT();
  const otherErrors = useIntakeSelector((store) => store.current().otherErrors);
  const hasFieldErrors = useIntakeSelector((store) => Object.keys(store.current().errors).length > 0);
  return (
    <Paper withBorder p="xs" shadow="sm" style={stickToBottom}>
      {otherErrors.length > 0 && (
        <Alert color="red" title={t('intake.finish.otherReasons')} p="xs" mb="xs">
          <List size="sm">
            {otherErrors.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <HandlerButton commandId="intake.dispatch" variant="filled" />
          <HandlerButton commandId="intake.directAnswer" />
          <HandlerButton commandId="intake.new" />
        </Group>
        {hasFieldErrors ? (
          <Text size="sm" c="red" role="alert">
            {t('intake.finish.fixFields')}
          </Text>
        ) : (
          <KbDocumentsUsed />
        )}
      </Group>
    </Paper>
  );
}
