import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { defaultSettings, type Locale } from '../../shared/settings/settings-schema';
import { useSettings } from '../api/use-settings';

const LocaleContext = createContext<Locale>(defaultSettings.locale);

/** The UI language follows the stored settings; until they load, the default (zh-CN) is used. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useSettings().data?.locale ?? defaultSettings.locale;
  useEffect(() => {
    // Screen readers and the browser's CJK font selection both read <html lang>.
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
