import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { inputIssues } from '../../api/input-issues';
import { useAddNote } from '../../api/use-add-note';
import { useT } from '../../i18n/use-t';
import { KeyCaps } from '../../components/key-caps';

/** Notes are only ever added, each a new revision with its author and time. Ctrl+Enter saves. */
export function AddNoteForm({ ticketId }: { ticketId: string }) {
  const t = useT();
  const [body, setBody] = useState('');
  const addNote = useAddNote(ticketId);
  const issue = inputIssues(addNote.error)[0];

  function save() {
    if (body.trim() === '' || addNote.isPending) return;
    addNote.mutate(body, { onSuccess: () => setBody('') });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Handled here, so the intake's Ctrl+Enter (dispatch) does not fire from inside a note.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  }

  return (
    <Stack gap={6}>
      <Textarea
        label={t('ticketDetail.addNote')}
        placeholder={t('ticketDetail.addNote.placeholder')}
        value={body}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          addNote.reset();
        }}
        onKeyDown={onKeyDown}
        rows={3}
        error={issue ? issue.reason : undefined}
      />
      <Group gap="xs">
        <Button
          size="xs"
          onClick={save}
          loading={addNote.isPending}
          disabled={body.trim() === ''}
          rightSection={<KeyCaps binding="mod+enter" />}
        >
          {t('ticketDetail.addNote.save')}
        </Button>
        {addNote.isSuccess && (
          <Text size="xs" c="green">
            {t('ticketDetail.addNote.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
