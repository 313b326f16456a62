import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { translate } from '../../shared/i18n/translate';
import { localeSchema } from '../../shared/settings/settings-schema';
import { KeyCaps } from '../components/key-caps';
import { useT } from '../i18n/use-t';
import type { CommandContext } from './command';
import { commands } from './command-registry';

/**
 * Ctrl+K. Opening is left to the shortcut registry (shortcut={null}) so it
 * also works from inside a text field. Each action is also found by its label
 * in every language, so an operator can type 设置 or settings either way.
 */
export function CommandPalette({ context }: { context: CommandContext }) {
  const t = useT();
  const actions: SpotlightActionData[] = commands
    .filter((command) => !command.hideFromPalette)
    .map((command) => ({
      id: command.id,
      label: t(command.label),
      keywords: localeSchema.options.map((locale) => translate(locale, command.label)),
      rightSection: command.keys ? <KeyCaps binding={command.keys} /> : undefined,
      onClick: () => command.run(context),
    }));
  return (
    <Spotlight
      actions={actions}
      shortcut={null}
      highlightQuery
      nothingFound={t('palette.nothingFound')}
      searchProps={{ placeholder: t('palette.searchPlaceholder'), 'aria-label': t('command.openPalette') }}
    />
  );
}
