import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type MouseEvent } from 'react';
import { kbQueryMaxChars, type KbSearchResult } from '../../../shared/contract/kb/kb-search-schemas';
import { useT } from '../../i18n/use-t';
import { useCurrentIntake } from '../intake/use-current-intake';
import { answerScriptBlocks } from './answer-script';
import { KbStatusBadge } from './kb-status-badge';
import { markdownBlocks } from './markdown-blocks';
import { MarkdownBody } from './markdown-body';
import { useKbDocument } from './use-kb-document';
import { useKbSearch } from './use-kb-search';

// The description is typed continuously during a call: search when the operator pauses, not per keystroke.
const pauseMs = 400;
const suggestionCount = 5;

/**
 * Documents that match the intake description, beside it, while the
 * operator types. Nothing here takes focus: mouse presses are kept from
 * moving it out of the description, and nothing opens by itself. A title
 * unfolds the answer script in place; Attach records the document on the
 * intake.
 */
export function KbSuggestions({ text }: { text: string }) {
  const t = useT();
  const [debounced] = useDebouncedValue(text.slice(0, kbQueryMaxChars), pauseMs);
  // Typed-ahead: call notes that find nothing are not logged as missing knowledge.
  const search = useKbSearch(debounced.trim().length >= 2 ? { query: debounced, asYouType: true, limit: suggestionCount } : null);
  const { kbDocumentIds, attachKbDocument } = useCurrentIntake();
  const [openId, setOpenId] = useState<string | null>(null);
  const results = debounced.trim().length >= 2 ? (search.data?.results ?? []) : [];
  if (results.length === 0) return null;
  return (
    <Paper component="section" aria-label={t('kb.suggestions.title')} withBorder p="xs">
      <Text size="xs" fw={700} c="dimmed" mb={4}>
        {t('kb.suggestions.title')}
      </Text>
      <Stack gap={4}>
        {results.map((result) => (
          <KbSuggestion
            key={result.id}
            result={result}
            attached={kbDocumentIds.includes(result.id)}
            onAttach={() => attachKbDocument(result.id)}
            open={openId === result.id}
            onToggle={() => setOpenId(openId === result.id ? null : result.id)}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function KbSuggestion({
  result,
  attached,
  onAttach,
  open,
  onToggle,
}: {
  result: KbSearchResult;
  attached: boolean;
  onAttach: () => void;
  open: boolean;
  onToggle: () => void;
}) {
  const t = useT();
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  return (
    <div>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Anchor component="button" type="button" size="sm" tabIndex={-1} onMouseDown={keepFocus} onClick={onToggle} lineClamp={1} ta="left">
          {result.title}
        </Anchor>
        <Group gap={4} wrap="nowrap">
          <KbStatusBadge document={result} size="xs" />
          <Button
            size="compact-xs"
            variant={attached ? 'light' : 'default'}
            tabIndex={-1}
            onMouseDown={keepFocus}
            onClick={onAttach}
            disabled={attached}
          >
            {t(attached ? 'kb.suggestions.attached' : 'kb.suggestions.attach')}
          </Button>
        </Group>
      </Group>
      {open && <SuggestionAnswerScript id={result.id} notInForce={result.expired} />}
    </div>
  );
}

function SuggestionAnswerScript({ id, notInForce }: { id: string; notInForce: boolean }) {
  const t = useT();
  const { data: document } = useKbDocument(id);
  const blocks = useMemo(() => (document ? answerScriptBlocks(markdownBlocks(document.body)) : null), [document]);
  if (!document) return null;
  return (
    <Paper p="xs" mt={4} bg={notInForce ? 'var(--mantine-color-red-light)' : 'var(--mantine-color-blue-light)'}>
      {notInForce && (
        <Text size="xs" fw={700} c="red">
          {t('kb.preview.notInForce')}
        </Text>
      )}
      {blocks ? <MarkdownBody blocks={blocks} highlights={[]} /> : <Text size="xs">{t('kb.answerScript.missing')}</Text>}
    </Paper>
  );
}
