import { spotlight } from '@mantine/spotlight';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { localeSchema } from '../../shared/settings/settings-schema';
import { useUpdateSettings } from '../api/use-update-settings';
import type { CommandContext } from '../commands/command';
import type { CommandHandlers } from '../commands/command-handlers';
import { useLocale } from '../i18n/locale-context';
import { useResolvedColorScheme } from './use-resolved-color-scheme';

/** The shell's side of every command; theme and language go through settings.update like any edit. */
export function useCommandContext({
  openCheatSheet,
  handlers,
}: {
  openCheatSheet: () => void;
  handlers: CommandHandlers;
}): CommandContext {
  const [, navigate] = useLocation();
  const locale = useLocale();
  const colorScheme = useResolvedColorScheme();
  const { mutate: updateSettings } = useUpdateSettings();
  return useMemo(() => {
    const locales = localeSchema.options;
    const nextLocale = locales[(locales.indexOf(locale) + 1) % locales.length] ?? locale;
    return {
      navigate: (path) => navigate(path),
      openCommandPalette: () => spotlight.open(),
      openCheatSheet,
      switchLocale: () => updateSettings({ locale: nextLocale }),
      toggleColorScheme: () => updateSettings({ theme: colorScheme === 'dark' ? 'light' : 'dark' }),
      runHandler: (commandId) => handlers.run(commandId),
    };
  }, [navigate, openCheatSheet, locale, colorScheme, updateSettings, handlers]);
}
