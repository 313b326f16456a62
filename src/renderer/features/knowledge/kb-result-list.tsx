import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { KbSearchResult } from '../../../shared/contract/kb/kb-search-schemas';
import { useT } from '../../i18n/use-t';
import { HighlightedText } from './highlighted-text';
import { KbReviewBadge, KbStatusBadge } from './kb-status-badge';

export interface KbResultListProps {
  listId: string;
  results: readonly KbSearchResult[];
  activeIndex: number;
  onActivate: (index: number) => void;
  /** Double click: "use in answer" without the keyboard. */
  onUse: (index: number) => void;
}

export const resultOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The results as a listbox driven from the search box (↑/↓ there move the
 * active option, focus never leaves the box): the operator keeps typing
 * while choosing.
 */
export function KbResultList({ listId, results, activeIndex, onActivate, onUse }: KbResultListProps) {
  const t = useT();
  const active = useRef<HTMLDivElement>(null);
  useEffect(() => {
    active.current?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, results]);
  return (
    <Stack id={listId} role="listbox" aria-label={t('kb.search.results')} gap={2}>
      {results.map((result, index) => {
        const selected = index === activeIndex;
        return (
          <UnstyledButton
            key={result.id}
            ref={selected ? active : undefined}
            component="div"
            id={resultOptionId(listId, index)}
            role="option"
            aria-selected={selected}
            tabIndex={-1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onActivate(index)}
            onDoubleClick={() => onUse(index)}
            p="xs"
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              background: selected ? 'var(--mantine-primary-color-light)' : undefined,
              opacity: result.expired ? 0.85 : 1,
            }}
          >
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Text size="sm" fw={600} lineClamp={1}>
                <HighlightedText text={result.title} ranges={result.titleHighlights} />
              </Text>
              <Group gap={4} wrap="nowrap">
                {result.needsReview && <KbReviewBadge />}
                <KbStatusBadge document={result} size="xs" />
              </Group>
            </Group>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {[result.district, result.authority, result.docNumber].filter(Boolean).join(' · ')}
            </Text>
            {result.snippet && (
              <Text size="xs" lineClamp={2}>
                {result.snippet.cutStart && '…'}
                <HighlightedText text={result.snippet.text} ranges={result.snippet.highlights} />
                {result.snippet.cutEnd && '…'}
              </Text>
            )}
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
