import { useCallback } from 'react';
import type { MessageArgs, MessageKey } from '../../shared/i18n/message-key';
import { translate } from '../../shared/i18n/translate';
import { useLocale } from './locale-context';

export type Translator = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/** Every user-visible string goes through this: t('nav.intake'), t('status.pending', { count: 3 }). */
export function useT(): Translator {
  const locale = useLocale();
  return useCallback<Translator>((key, ...args) => translate(locale, key, ...args), [locale]);
}
