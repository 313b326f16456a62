import { useCallback } from 'react';
import { formatDateTime } from '../../shared/i18n/format-date-time';
import { useLocale } from './locale-context';

/** Formats epoch ms in the seat's time zone (Asia/Shanghai) and the UI language. */
export function useFormatDateTime(): (epochMs: number) => string {
  const locale = useLocale();
  return useCallback((epochMs: number) => formatDateTime(epochMs, locale), [locale]);
}
