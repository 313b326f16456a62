import type { Locale } from '../settings/settings-schema';
import { catalogs } from './catalogs';
import type { MessageArgs, MessageKey } from './message-key';

export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: MessageArgs<K>): string {
  const message = catalogs[locale][key];
  const params: Record<string, string | number> | undefined = args[0];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
