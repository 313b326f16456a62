import { Input, SegmentedControl, Stack } from '@mantine/core';
import { localeSchema, themeSchema, type Settings } from '../../../shared/settings/settings-schema';
import { useUpdateSettings } from '../../api/use-update-settings';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';

/** Language and theme apply the moment they are picked; there is nothing to validate. */
export function AppearanceSettings({ settings }: { settings: Settings }) {
  const t = useT();
  const { mutate: updateSettings } = useUpdateSettings();
  return (
    <Panel title={t('settings.appearance')}>
      <Stack gap="sm">
        <Input.Wrapper label={t('settings.locale')} labelElement="div">
          <SegmentedControl
            display="flex"
            w="fit-content"
            size="xs"
            value={settings.locale}
            onChange={(value) => updateSettings({ locale: localeSchema.parse(value) })}
            data={localeSchema.options.map((locale) => ({ value: locale, label: t(`settings.locale.${locale}`) }))}
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('settings.theme')} labelElement="div">
          <SegmentedControl
            display="flex"
            w="fit-content"
            size="xs"
            value={settings.theme}
            onChange={(value) => updateSettings({ theme: themeSchema.parse(value) })}
            data={themeSchema.options.map((theme) => ({ value: theme, label: t(`settings.theme.${theme}`) }))}
          />
        </Input.Wrapper>
      </Stack>
    </Panel>
  );
}
