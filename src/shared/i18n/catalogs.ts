import type { Locale } from '../settings/settings-schema';
import type { Catalog } from './message-key';
import { messagesEn } from './messages-en';
import { messagesZhCn } from './messages-zh-cn';

export const catalogs: Readonly<Record<Locale, Catalog>> = {
  'zh-CN': messagesZhCn,
  en: messagesEn,
};
