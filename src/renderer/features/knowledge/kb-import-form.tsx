import { Alert, Button, Group, List, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { KbImportProgress } from '../../../shared/contract/kb/kb-import-schemas';
import { inputIssues } from '../../api/input-issues';
import { useCoreEvent } from '../../api/use-core-event';
import { useT } from '../../i18n/use-t';
import { useKbImport } from './use-kb-import';

/**
 * Import from a folder on this computer, with a progress bar fed by
 * kb.importProgress and, afterwards, every file that was skipped and why.
 */
export function KbImportForm() {
  const t = useT();
  const [folder, setFolder] = useState('');
  const [progress, setProgress] = useState<KbImportProgress | null>(null);
  const importing = useKbImport();
  useCoreEvent('kb.importProgress', (step) => {
    if (importing.isPending) setProgress(step);
  });
  const folderError = inputIssues(importing.error).find((issue) => issue.path === 'folder')?.reason;
  const report = importing.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    setProgress(null);
    importing.mutate(folder);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('kb.settings.folder')}
            description={t('kb.settings.folder.description')}
            value={folder}
            onChange={(event) => {
              setFolder(event.currentTarget.value);
              importing.reset();
            }}
            error={folderError}
            spellCheck={false}
            placeholder="/"
          />
          <Button type="submit" size="sm" loading={importing.isPending} disabled={folder.trim() === ''}>
            {t('kb.settings.import')}
          </Button>
        </Group>
        {importing.isPending && progress && (
          <div>
            <Text size="xs" c="dimmed">
              {t('kb.settings.progress', { done: progress.done, total: progress.total })}
            </Text>
            <Progress
              value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
              aria-label={t('kb.settings.progress', { done: progress.done, total: progress.total })}
            />
          </div>
        )}
        {report && (
          <Text size="sm" role="status">
            {t('kb.settings.importSummary', {
              added: report.added,
              updated: report.updated,
              unchanged: report.unchanged,
              failed: report.failed.length,
            })}
          </Text>
        )}
        {report && report.failed.length > 0 && (
          <Alert color="orange" title={t('kb.settings.failedFiles')} p="xs">
            <List size="xs">
              {report.failed.map((problem) => (
                <List.Item key={problem.path}>
                  {t('error.issue', { field: problem.path, reason: problem.reason })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
