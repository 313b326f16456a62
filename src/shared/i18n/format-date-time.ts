import type { Locale } from '../settings/settings-schema';

/** The hotline's clock: times are stored as UTC epoch ms and shown in Beijing time. */
export const seatTimeZone = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** e.g. 2026/11/22 14:05:09 (zh-CN) or 11/22/2026, 14:05:09 (en), always 24-hour. */
export function formatDateTime(epochMs: number, locale: Locale, timeZone: string = seatTimeZone): string {
  const cacheKey = `${locale}|${timeZone}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(cacheKey, formatter);
  }
  return formatter.format(epochMs);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** e.g. 14:05:09 in both languages: for times within the next minutes, such as a retry, where the date is noise. */
export function formatTime(epochMs: number, locale: Locale, timeZone: string = seatTimeZone): string {
  const cacheKey = `${locale}|${timeZone}`;
  let formatter = timeFormatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(cacheKey, formatter);
  }
  return formatter.format(epochMs);
}
