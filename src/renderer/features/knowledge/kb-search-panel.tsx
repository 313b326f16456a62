import { Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCommandHandler } from '../../commands/command-handlers';
import { useT } from '../../i18n/use-t';
import { useCurrentIntake } from '../intake/use-current-intake';
import { KbSearch } from './kb-search';
import { knowledgeSearchCommandId } from './knowledge-commands';

/**
 * Knowledge-base search over whatever screen is showing (F3, or from the
 * Ctrl+K palette), so the operator looks up a policy without leaving the
 * intake in hand. Esc closes it and focus returns where it was.
 */
export function KbSearchPanel() {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const { attachKbDocument } = useCurrentIntake();
  useCommandHandler(knowledgeSearchCommandId, open);
  return (
    <Modal opened={opened} onClose={close} title={t('kb.panel.title')} size="90%">
      {/* Mounted only while open: each opening starts a fresh search. */}
      {opened && <KbSearch height="70vh" onUseInAnswer={attachKbDocument} />}
    </Modal>
  );
}
