import { useColorScheme } from '@mantine/hooks';
import { defaultSettings } from '../../shared/settings/settings-schema';
import { useSettings } from '../api/use-settings';

/** The scheme actually shown: the stored theme, with 'auto' following the operating system. */
export function useResolvedColorScheme(): 'light' | 'dark' {
  const theme = useSettings().data?.theme ?? defaultSettings.theme;
  const systemScheme = useColorScheme();
  return theme === 'auto' ? systemScheme : theme;
}
