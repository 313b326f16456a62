import { Text } from '@mantine/core';
import { formatDateTime } from '../../../shared/i18n/format-date-time';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { useIntakeSelector } from './intake-session-context';
import { hasUnsavedChanges } from './open-draft';

/** hh:mm:ss of a Beijing clock; the date would only be noise next to a draft being typed now. */
function timeOf(epochMs: number, locale: 'zh-CN' | 'en'): string {
  return formatDateTime(epochMs, locale).slice(-8);
}

/** Quiet proof that what is typed is safe: "已保存 14:05:09", or that a save is failing. */
export function DraftSavedIndicator() {
  const t = useT();
  const locale = useLocale();
  const savedAt = useIntakeSelector((store) => store.current().savedAt);
  const saveFailed = useIntakeSelector((store) => store.current().saveFailed);
  const unsaved = useIntakeSelector((store) => hasUnsavedChanges(store.current()));
  let text = t('intake.notStored');
  if (saveFailed) text = t('intake.notSaved');
  else if (unsaved && savedAt !== null) text = t('intake.saving');
  else if (savedAt !== null) text = t('intake.saved', { time: timeOf(savedAt, locale) });
  return (
    <Text size="xs" c={saveFailed ? 'red' : 'dimmed'} aria-live="polite" data-testid="draft-saved">
      {text}
    </Text>
  );
}
