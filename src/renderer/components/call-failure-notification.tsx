import { List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ContractError } from '../../shared/contract/contract-error';
import { useT } from '../i18n/use-t';

function CallFailureTitle({ error }: { error: unknown }) {
  const t = useT();
  return error instanceof ContractError ? t('error.callFailed', { method: error.method }) : t('error.unexpected');
}

/** The method is in the title; here the kind of failure and each field with its reason. */
function CallFailureDetails({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof ContractError)) return <Text size="sm">{String(error)}</Text>;
  return (
    <>
      <Text size="sm">{t(`error.code.${error.code}`)}</Text>
      {error.issues.length > 0 ? (
        <List size="sm">
          {error.issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.reason}`}>
              {issue.path ? t('error.issue', { field: issue.path, reason: issue.reason }) : issue.reason}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="xs" c="dimmed">
          {error.message}
        </Text>
      )}
    </>
  );
}

/**
 * Shows a failed call. The content is components rather than strings so it is
 * translated by the provider tree the Notifications host lives in; one
 * notification per method replaces the last, so a failing poll does not pile up.
 */
export function notifyCallFailure(error: unknown): void {
  const id = `call-failure:${error instanceof ContractError ? error.method : 'unexpected'}`;
  notifications.hide(id);
  notifications.show({
    id,
    color: 'red',
    autoClose: 10_000,
    title: <CallFailureTitle error={error} />,
    message: <CallFailureDetails error={error} />,
  });
}
