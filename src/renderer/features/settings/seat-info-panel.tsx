import { Code, DataList, Text } from '@mantine/core';
import { useSeatInfo } from '../../api/use-seat-info';
import { Panel } from '../../components/panel';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';

/** What support asks for first: which build, which database, which seat identity. */
export function SeatInfoPanel() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { data: info } = useSeatInfo();
  return (
    <Panel title={t('seatInfo.title')}>
      {info ? (
        <DataList size="sm" labelWidth={140}>
          <DataList.Item>
            <DataList.ItemLabel>{t('seatInfo.appVersion')}</DataList.ItemLabel>
            <DataList.ItemValue>{info.appVersion}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('seatInfo.schemaVersion')}</DataList.ItemLabel>
            <DataList.ItemValue>{info.schemaVersion}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('seatInfo.databasePath')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code style={{ wordBreak: 'break-all' }}>{info.databasePath}</Code>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('seatInfo.clientId')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code>{info.clientId}</Code>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('seatInfo.incarnation')}</DataList.ItemLabel>
            <DataList.ItemValue>{info.incarnation}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('seatInfo.startedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatDateTime(info.startedAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
    </Panel>
  );
}
