import { Table, Text } from '@mantine/core';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { useKbZeroResults } from './use-kb-zero-results';

const shown = 10;

/** The searches operators most often came back empty from: the KB editors' to-do list. */
export function KbZeroResultsTable() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { data: queries } = useKbZeroResults(shown);
  if (!queries) return null;
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {t('kb.settings.zeroResults')}
      </Text>
      {queries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('kb.settings.zeroResults.none')}
        </Text>
      ) : (
        <Table striped withTableBorder fz="sm" aria-label={t('kb.settings.zeroResults')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kb.settings.zeroResults.query')}</Table.Th>
              <Table.Th>{t('kb.settings.zeroResults.count')}</Table.Th>
              <Table.Th>{t('kb.settings.zeroResults.lastAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queries.map((query) => (
              <Table.Tr key={query.query}>
                <Table.Td>{query.query}</Table.Td>
                <Table.Td>{query.count}</Table.Td>
                <Table.Td>{formatDateTime(query.lastAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
