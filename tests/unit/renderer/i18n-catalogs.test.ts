import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/shared/i18n/catalogs';
import type { MessageKey } from '../../../src/shared/i18n/message-key';
import { messagesZhCn } from '../../../src/shared/i18n/messages-zh-cn';
import { formatDateTime, formatTime } from '../../../src/shared/i18n/format-date-time';
import { translate } from '../../../src/shared/i18n/translate';
import { localeSchema } from '../../../src/shared/settings/settings-schema';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  const others = localeSchema.options.filter((locale) => locale !== 'zh-CN');
  const sourceKeys = Object.keys(messagesZhCn) as MessageKey[];

  it.each(others)('%s has exactly the keys of the source catalog', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual([...sourceKeys].sort());
  });

  it.each(others)('%s uses the same {placeholders} as the source for every key', (locale) => {
    for (const key of sourceKeys) {
      expect([key, placeholders(catalogs[locale][key])]).toEqual([key, placeholders(messagesZhCn[key])]);
    }
  });

  it.each(localeSchema.options)('%s has no empty message', (locale) => {
    expect(Object.entries(catalogs[locale]).filter(([, message]) => message.trim() === '')).toEqual([]);
  });
});

describe('translate', () => {
  it('fills {name} placeholders', () => {
    expect(translate('zh-CN', 'status.pending', { count: 3 })).toBe('待同步 3 条');
    expect(translate('en', 'error.issue', { field: 'centerUrl', reason: 'is not a valid URL' })).toBe(
      'centerUrl: is not a valid URL',
    );
  });

  it('returns messages without placeholders as they are', () => {
    expect(translate('en', 'nav.knowledge')).toBe('Knowledge base');
  });
});

describe('formatDateTime', () => {
  const instant = Date.UTC(2026, 10, 22, 16, 30, 0);

  it('shows Beijing time by default, whatever the machine zone', () => {
    expect(formatDateTime(instant, 'zh-CN')).toBe('2026/11/23 00:30:00');
    expect(formatDateTime(instant, 'en')).toBe('11/23/2026, 00:30:00');
  });

  it('accepts another zone', () => {
    expect(formatDateTime(instant, 'zh-CN', 'UTC')).toBe('2026/11/22 16:30:00');
  });

  it('shows the time alone as HH:mm:ss in Beijing time', () => {
    expect(formatTime(instant, 'zh-CN')).toBe('00:30:00');
    expect(formatTime(instant, 'en')).toBe('00:30:00');
  });
});
