import { Stack, Text } from '@mantine/core';
import { useSettings } from '../../api/use-settings';
import { useT } from '../../i18n/use-t';
import { KbSettingsPanel } from '../knowledge/kb-settings-panel';
import { AppearanceSettings } from './appearance-settings';
import { ConnectionSettingsForm } from './connection-settings-form';
import { SeatHealthPanel } from './seat-health-panel';
import { SeatInfoPanel } from './seat-info-panel';

export function SettingsPage() {
  const t = useT();
  const { data: settings } = useSettings();
  return (
    <Stack gap="md" maw={820}>
      {settings ? (
        <>
          <AppearanceSettings settings={settings} />
          <ConnectionSettingsForm settings={settings} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
      <KbSettingsPanel />
      <SeatInfoPanel />
      <SeatHealthPanel />
    </Stack>
  );
}
