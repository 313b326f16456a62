import { Button, Group, Modal, Text } from '@mantine/core';
import { useSeatClient } from '../../api/seat-client-context';
import { notifyCallFailure } from '../../components/call-failure-notification';
import { useT } from '../../i18n/use-t';
import { useIntakeStore } from './intake-session-context';

/** Discarding is the one way typed notes can go, so it asks first; Enter keeps the draft. */
export function DiscardDraftModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const store = useIntakeStore();
  const client = useSeatClient();

  function discard() {
    const draft = store.current();
    store.remove(draft.id);
    if (draft.savedAt !== null) client.call('drafts.discard', { id: draft.id }).catch(notifyCallFailure);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('intake.discard.title')} size="sm">
      <Text size="sm" mb="md">
        {t('intake.discard.body')}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('intake.discard.cancel')}
        </Button>
        <Button color="red" onClick={discard}>
          {t('intake.discard.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
