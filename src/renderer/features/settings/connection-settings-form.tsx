import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/settings/settings-schema';
import { inputIssues } from '../../api/input-issues';
import { useUpdateSettings } from '../../api/use-update-settings';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';

const formFields = ['centerUrl', 'seatId'] as const;

/**
 * Center URL and seat id are typed, so they are saved together on Enter or
 * Save; the core validates them and each reason appears under its field.
 */
export function ConnectionSettingsForm({ settings }: { settings: Settings }) {
  const t = useT();
  const [centerUrl, setCenterUrl] = useState(settings.centerUrl);
  const [seatId, setSeatId] = useState(settings.seatId);
  const update = useUpdateSettings({ showsIssuesInline: true });
  const issues = inputIssues(update.error);
  const fieldError = (field: (typeof formFields)[number]) => issues.find((issue) => issue.path === field)?.reason;
  const otherIssues = issues.filter((issue) => !(formFields as readonly string[]).includes(issue.path));

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ centerUrl, seatId });
  }

  // An edit makes the last outcome (saved, or its errors) stale.
  function edited(setValue: (value: string) => void) {
    return (event: React.ChangeEvent<HTMLInputElement>) => {
      setValue(event.currentTarget.value);
      update.reset();
    };
  }

  return (
    <Panel title={t('settings.connection')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={520}>
          <TextInput
            label={t('settings.centerUrl')}
            description={t('settings.centerUrl.description')}
            value={centerUrl}
            onChange={edited(setCenterUrl)}
            error={fieldError('centerUrl')}
            placeholder="https://"
            spellCheck={false}
          />
          <TextInput
            label={t('settings.seatId')}
            description={t('settings.seatId.description')}
            value={seatId}
            onChange={edited(setSeatId)}
            error={fieldError('seatId')}
            spellCheck={false}
          />
          {otherIssues.length > 0 && (
            <Alert color="red" title={t('settings.notSaved')}>
              <List size="sm">
                {otherIssues.map((issue) => (
                  <List.Item key={`${issue.path}:${issue.reason}`}>
                    {issue.path ? t('error.issue', { field: issue.path, reason: issue.reason }) : issue.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" size="xs" loading={update.isPending}>
              {t('settings.save')}
            </Button>
            {update.isSuccess && (
              <Text size="sm" c="green" role="status">
                {t('settings.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}
