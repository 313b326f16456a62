import { useCallback } from 'react';
import { formatTime } from '../../shared/i18n/format-date-time';
import { useLocale } from './locale-context';

/** HH:mm:ss in the seat's time zone (Asia/Shanghai), for moments close to now. */
export function useFormatTime(): (epochMs: number) => string {
  const locale = useLocale();
  return useCallback((epochMs: number) => formatTime(epochMs, locale), [locale]);
}
