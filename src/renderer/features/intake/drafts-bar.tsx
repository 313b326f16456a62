import { Button, Group } from '@mantine/core';
import { normalizePhone } from '../../../shared/phone/normalize-phone';
import { requireCommand } from '../../commands/command-registry';
import { KeyCaps } from '../../components/key-caps';
import { useT } from '../../i18n/use-t';
import { DraftSavedIndicator } from './draft-saved-indicator';
import { useIntakeSelector, useIntakeStore } from './intake-session-context';
import type { OpenDraft } from './open-draft';

const tabLabelLength = 16;

/** The open intakes (a new call never replaces one with content), the one on screen marked; Alt+O cycles. */
export function DraftsBar() {
  const t = useT();
  const store = useIntakeStore();
  const drafts = useIntakeSelector((current) => current.getState().drafts);
  const currentId = useIntakeSelector((current) => current.getState().currentId);
  const open = drafts.filter((draft) => !draft.finishing);
  const keys = requireCommand('intake.nextDraft').keys;

  function label(draft: OpenDraft): string {
    const { title, description, callerPhone } = draft.fields;
    const text = title.trim() || description.trim();
    if (text) return text.length > tabLabelLength ? `${text.slice(0, tabLabelLength)}…` : text;
    if (draft.callId === null) return t('intake.drafts.empty');
    return t('intake.drafts.call', { phone: normalizePhone(callerPhone).display || t('phone.withheld') });
  }

  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      {open.length > 1 ? (
        <Group gap={4} role="tablist" aria-label={t('intake.drafts.aria')} wrap="wrap">
          {open.map((draft) => (
            <Button
              key={draft.id}
              role="tab"
              aria-selected={draft.id === currentId}
              size="compact-sm"
              variant={draft.id === currentId ? 'light' : 'subtle'}
              onClick={() => store.select(draft.id)}
            >
              {label(draft)}
            </Button>
          ))}
          {keys && <KeyCaps binding={keys} />}
        </Group>
      ) : (
        <span />
      )}
      <DraftSavedIndicator />
    </Group>
  );
}
