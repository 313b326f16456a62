import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { KbDocument } from '../../../shared/contract/kb/kb-document-schemas';
import { KeyCaps } from '../../components/key-caps';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { answerScriptBlocks } from './answer-script';
import { HighlightedText } from './highlighted-text';
import { KbAnswerScript } from './kb-answer-script';
import { KbDocumentMeta } from './kb-document-meta';
import { KbStatusBadge } from './kb-status-badge';
import { markdownBlocks } from './markdown-blocks';
import { MarkdownBody } from './markdown-body';
import { useKbDocument } from './use-kb-document';

export interface KbPreviewProps {
  id: string | null;
  /** The search it was opened from: its matches are highlighted. */
  query: string;
  /** "Use in answer" was chosen for this document: its answer script comes first. */
  answerScriptShown: boolean;
  onUseInAnswer: (id: string) => void;
}

/** The chosen document: whether it is in force, its metadata, its answer script and its text. */
function KbPreviewView({ id, query, answerScriptShown, onUseInAnswer }: KbPreviewProps) {
  const t = useT();
  const { data: document, isPending } = useKbDocument(id, query);
  if (id === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('kb.preview.none')}
      </Text>
    );
  }
  if (isPending) {
    return (
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    );
  }
  if (!document) {
    return (
      <Text size="sm" c="dimmed">
        {t('kb.preview.gone')}
      </Text>
    );
  }
  return <KbDocumentPreview document={document} answerScriptShown={answerScriptShown} onUseInAnswer={onUseInAnswer} />;
}

export const KbPreview = memo(KbPreviewView);

function KbDocumentPreview({
  document,
  answerScriptShown,
  onUseInAnswer,
}: {
  document: KbDocument;
  answerScriptShown: boolean;
  onUseInAnswer: (id: string) => void;
}) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const blocks = useMemo(() => markdownBlocks(document.body), [document.body]);
  // Bodies usually open with the title as a heading, which the preview already shows above.
  const bodyBlocks = blocks[0]?.kind === 'heading' && blocks[0].line.text.trim() === document.title.trim() ? blocks.slice(1) : blocks;
  const answerScript = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answerScriptShown) answerScript.current?.scrollIntoView({ block: 'nearest' });
  }, [answerScriptShown, document.id]);

  return (
    <Stack gap="sm" aria-label={t('kb.preview.label')} component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={3} size="h5">
          <HighlightedText text={document.title} ranges={document.titleHighlights} />
        </Title>
        <KbStatusBadge document={document} size="md" />
      </Group>
      {document.expired ? (
        <Alert color="red" variant="filled" p="xs">
          {t('kb.preview.notInForce')}
        </Alert>
      ) : (
        document.notYetEffective && (
          <Alert color="orange" p="xs">
            {t('kb.preview.notYetEffective')}
          </Alert>
        )
      )}
      {answerScriptShown ? (
        <KbAnswerScript
          ref={answerScript}
          blocks={answerScriptBlocks(blocks)}
          highlights={document.bodyHighlights}
          notInForce={document.expired}
        />
      ) : (
        <Group>
          <Button size="xs" onClick={() => onUseInAnswer(document.id)} rightSection={<KeyCaps binding="enter" />}>
            {t('kb.useInAnswer')}
          </Button>
        </Group>
      )}
      <KbDocumentMeta document={document} />
      {document.questions.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('kb.preview.questions')}
          </Text>
          <List size="sm" withPadding>
            {document.questions.map((question) => (
              <List.Item key={question}>{question}</List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <MarkdownBody blocks={bodyBlocks} highlights={document.bodyHighlights} />
      </div>
      <div>
        <Text size="sm" fw={600}>
          {t('kb.preview.history')}
        </Text>
        <List size="xs" withPadding>
          {document.history.map((version) => (
            <List.Item key={version.version}>
              {t('kb.preview.historyEntry', { version: version.version, time: formatDateTime(version.importedAt) })}
            </List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
