import { seatTimeZone } from '../i18n/format-date-time';
import type { Locale } from '../settings/settings-schema';
import { zonedFields } from './zoned-calendar';

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A deadline as a person says it: "今天 14:05", "明天 01:30", "12月5日 10:00",
 * "2027年1月6日 20:00" (or "today 14:05", "tomorrow 01:30", "Dec 5, 10:00").
 * "Today" means today on the hall's clock (Asia/Shanghai unless the settings
 * say otherwise), so 00:30 after a Beijing midnight is "tomorrow" even while
 * it is still the same day in UTC.
 */
export function formatDeadline(deadline: number, now: number, locale: Locale, timeZone: string = seatTimeZone): string {
  const at = zonedFields(deadline, timeZone);
  const today = zonedFields(now, timeZone);
  const time = `${pad(at.hour)}:${pad(at.minute)}`;
  const zh = locale === 'zh-CN';
  switch (at.dayNumber - today.dayNumber) {
    case -1:
      return zh ? `昨天 ${time}` : `yesterday ${time}`;
    case 0:
      return zh ? `今天 ${time}` : `today ${time}`;
    case 1:
      return zh ? `明天 ${time}` : `tomorrow ${time}`;
    default:
      break;
  }
  const sameYear = at.year === today.year;
  if (zh) return `${sameYear ? '' : `${at.year}年`}${at.month}月${at.day}日 ${time}`;
  const month = englishMonths[at.month - 1] ?? String(at.month);
  return sameYear ? `${month} ${at.day}, ${time}` : `${month} ${at.day}, ${at.year}, ${time}`;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
