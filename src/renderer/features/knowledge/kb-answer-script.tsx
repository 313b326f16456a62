import { Paper, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import type { TextRangeValue } from '../../../shared/contract/kb/kb-value-schemas';
import { useT } from '../../i18n/use-t';
import type { MarkdownBlock } from './markdown-blocks';
import { MarkdownBody } from './markdown-body';

/**
 * The 答复口径 of a document chosen for the answer, set apart at the top of
 * the preview for the operator to read out; red when the document is no
 * longer in force.
 */
export function KbAnswerScript({
  blocks,
  highlights,
  notInForce,
  ref,
}: {
  blocks: readonly MarkdownBlock[] | null;
  highlights: readonly TextRangeValue[];
  notInForce: boolean;
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useT();
  const color = notInForce ? 'red' : 'blue';
  return (
    <Paper
      ref={ref}
      component="section"
      aria-label={t('kb.answerScript')}
      withBorder
      p="sm"
      bg={`var(--mantine-color-${color}-light)`}
      style={{ borderColor: `var(--mantine-color-${color}-filled)`, borderWidth: 2 }}
    >
      <Title order={4} size="h6" mb={6}>
        {t('kb.answerScript')}
      </Title>
      {notInForce && (
        <Text size="sm" fw={700} c="red" mb={6}>
          {t('kb.preview.notInForce')}
        </Text>
      )}
      {blocks ? <MarkdownBody blocks={blocks} highlights={highlights} /> : <Text size="sm">{t('kb.answerScript.missing')}</Text>}
    </Paper>
  );
}
