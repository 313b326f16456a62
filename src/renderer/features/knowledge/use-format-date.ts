import { useMemo } from 'react';
import { seatTimeZone } from '../../../shared/i18n/format-date-time';
import { useLocale } from '../../i18n/locale-context';

/**
 * Formats a policy date (stored as 00:00 Beijing time of that day) as a day
 * in Beijing, whatever the machine's zone: 2024/11/01 or 11/01/2024.
 */
export function useFormatDate(): (epochMs: number) => string {
  const locale = useLocale();
  const formatter = useMemo(
    () => new Intl.DateTimeFormat(locale, { timeZone: seatTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    [locale],
  );
  return (epochMs) => formatter.format(epochMs);
}
