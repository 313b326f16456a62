import { Alert, DataList, List, Stack, Text } from '@mantine/core';
import { Panel } from '../../components/panel';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { KbImportForm } from './kb-import-form';
import { KbZeroResultsTable } from './kb-zero-results-table';
import { useKbStatus } from './use-kb-status';

/** The knowledge base in Settings: how many documents, when last imported, import a folder, what searches found nothing. */
export function KbSettingsPanel() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { data: status } = useKbStatus();
  const last = status?.lastImport;
  return (
    <Panel title={t('kb.settings.title')}>
      <Stack gap="sm">
        {status ? (
          <DataList size="sm" labelWidth={140}>
            <DataList.Item>
              <DataList.ItemLabel>{t('kb.settings.documentCount')}</DataList.ItemLabel>
              <DataList.ItemValue>{status.documentCount}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('kb.settings.lastImport')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {last ? (
                  <>
                    {formatDateTime(last.at)} · {last.source === 'shipped' ? t('kb.settings.shipped') : last.folder}
                    <br />
                    {t('kb.settings.importSummary', { added: last.added, updated: last.updated, unchanged: last.unchanged, failed: last.failed })}
                  </>
                ) : (
                  t('kb.settings.neverImported')
                )}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
        {status && status.problems.length > 0 && (
          <Alert color="orange" title={t('kb.settings.problems')} p="xs">
            <List size="xs">
              {status.problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <KbImportForm />
        <KbZeroResultsTable />
      </Stack>
    </Panel>
  );
}
