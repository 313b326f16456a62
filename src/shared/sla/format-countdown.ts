import type { Locale } from '../settings/settings-schema';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './sla-durations';

/**
 * "3小时05分" / "3h 05m": the two largest units only, because an operator
 * scanning a list reads the first number and nothing after the second. Time
 * left is rounded down, so the seat never promises more than there is.
 */
export function formatDuration(ms: number, locale: Locale): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / (DAY_MS / 1000));
  const hours = Math.floor((total % (DAY_MS / 1000)) / (HOUR_MS / 1000));
  const minutes = Math.floor((total % (HOUR_MS / 1000)) / (MINUTE_MS / 1000));
  const seconds = total % 60;
  const zh = locale === 'zh-CN';
  if (days > 0) return zh ? `${days}天${hours}小时` : `${days}d ${hours}h`;
  if (hours > 0) return zh ? `${hours}小时${pad(minutes)}分` : `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return zh ? `${minutes}分${pad(seconds)}秒` : `${minutes}m ${pad(seconds)}s`;
  return zh ? `${seconds}秒` : `${seconds}s`;
}

/** A countdown from slaState's remainingMs: time left, or how long ago the deadline passed. */
export function formatCountdown(remainingMs: number, locale: Locale): string {
  if (remainingMs >= 0) return formatDuration(remainingMs, locale);
  const late = formatDuration(-remainingMs, locale);
  return locale === 'zh-CN' ? `超时 ${late}` : `overdue ${late}`;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
