import { Box, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { kbQueryMaxChars, type KbSearchInput } from '../../../shared/contract/kb/kb-search-schemas';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { useT } from '../../i18n/use-t';
import { DidYouMean } from './did-you-mean';
import { KbFilters, noKbFilters, type KbFilterValues } from './kb-filters';
import { KbPreview } from './kb-preview';
import { KbResultList, kbPaneStyle, resultOptionId } from './kb-result-list';
import { useChosenResult } from './use-chosen-result';
import { useKbSearch, type KbSearchAnswer } from './use-kb-search';
import { useResultPages } from './use-result-pages';
import { useSettledQuery } from './use-settled-query';
import { useZeroResultReport } from './use-zero-result-report';

const noResults: KbSearchAnswer['results'] = [];
// Long enough to fall between keys typed in a burst (~40 ms apart), short enough not to be noticed.
const previewPauseMs = 50;

export interface KbSearchProps {
  inputRef?: Ref<HTMLInputElement>;
  /** "Use in answer": attach the document to the intake in hand. */
  onUseInAnswer: (id: string) => void;
  /** The search fills this height; results and preview scroll inside it. */
  height: string;
}

/**
 * Search as you type with results, filters and a preview side by side,
 * driven from the search box: ↑/↓ choose a result, Enter (or Ctrl+Enter
 * anywhere in it) uses the chosen document in the answer — attaches it to
 * the intake and shows its answer script.
 *
 * A keystroke re-renders the box only: the results, filters and preview
 * are memoized and change when an answer arrives. The preview follows
 * once typing pauses, and its highlights follow the shown answer's text,
 * not the box: asking kb.get on every keystroke put a document's
 * highlighting ahead of the search in the core (bench kb-ui).
 */
export function KbSearch({ inputRef, onUseInAnswer, height }: KbSearchProps) {
  const t = useT();
  const listId = useId();
  const query = useSettledQuery();
  const [filters, setFilters] = useState<KbFilterValues>(noKbFilters);
  const pages = useResultPages(JSON.stringify([query.settled, filters]));
  const input = searchInput(query.settled, filters, pages.limit);
  const search = useKbSearch(input);
  useZeroResultReport(input, search.data, search.isPlaceholderData);
  const response = input ? search.data : undefined;
  const results = response?.results ?? noResults;
  // Until the page asked for has arrived, asking again would only skip ahead (scrolling fires many events).
  const hasMore = response !== undefined && response.total > results.length && results.length >= pages.limit && pages.canGrow;
  const showMore = useStableCallback(() => {
    if (hasMore) pages.showMore();
  });

  const { activeIndex, choose } = useChosenResult(response);
  const active = results[activeIndex] ?? null;
  const [usedId, setUsedId] = useState<string | null>(null);

  const answerWith = useStableCallback((id: string) => {
    onUseInAnswer(id);
    setUsedId(id);
  });
  const answerWithResult = useStableCallback((index: number) => answerWith(results[index]!.id));

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // The input method uses arrows and Enter to pick its candidates.
    if (event.nativeEvent.isComposing || query.composing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (step === 1 && activeIndex === results.length - 1 && hasMore) {
        // Past the last result: the next page, with the choice on its first result once it arrives.
        showMore();
        choose(activeIndex + 1);
      } else if (results.length > 0) choose(Math.max(0, Math.min(results.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter') {
      // Handled here whatever the modifiers, so Enter in the search never
      // reaches a shortcut of the screen underneath.
      event.preventDefault();
      if (active) answerWith(active.id);
    }
  }

  function onPanelKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      if (active) answerWith(active.id);
    }
  }

  const searchNow = useStableCallback(query.searchNow);
  const highlightQuery = response?.didYouMean?.applied ? response.didYouMean.text : (response?.input.query ?? '');
  const activeId = active?.id ?? null;
  // One value, so the preview asks kb.get once for a new document and its highlights.
  const previewTarget = useMemo(() => ({ id: activeId, query: highlightQuery }), [activeId, highlightQuery]);
  // A new answer's preview waits for a pause in typing and answers, so it comes after its results are
  // painted: kb.get asked for between keystrokes held up the next search in the core. A result chosen
  // with ↑/↓ (same answer, same text) shows at once.
  const moment = useMemo(() => ({ target: previewTarget, response, text: query.settled }), [previewTarget, response, query.settled]);
  const [paused] = useDebouncedValue(moment, previewPauseMs);
  const preview = paused.response === response && paused.text === query.settled ? previewTarget : paused.target;

  return (
    <Box onKeyDown={onPanelKeyDown}>
      <Group align="stretch" gap="md" wrap="nowrap" h={height}>
        <Stack gap="xs" w="40%" miw={280}>
          <TextInput
            ref={inputRef}
            data-autofocus
            label={t('kb.search.label')}
            placeholder={t('kb.search.placeholder')}
            description={t('kb.search.keysHint')}
            {...query.inputProps}
            maxLength={kbQueryMaxChars}
            onKeyDown={onSearchKeyDown}
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={active ? resultOptionId(listId, activeIndex) : undefined}
            aria-autocomplete="list"
            spellCheck={false}
            autoComplete="off"
          />
          <KbFilters facets={response?.facets} values={filters} onChange={setFilters} />
          <DidYouMean suggestion={response?.didYouMean ?? null} onChoose={searchNow} />
          {/* The prompt stays until the first answer, so the line changes once, with the results. */}
          <Text size="xs" c="dimmed" role="status">
            {response === undefined
              ? t('kb.search.prompt')
              : response.total === 0
                ? t('kb.search.noResults')
                : t('kb.search.total', { count: response.total })}
          </Text>
          <KbResultList
            listId={listId}
            results={results}
            activeIndex={activeIndex}
            hasMore={hasMore}
            onActivate={choose}
            onUse={answerWithResult}
            onMore={showMore}
          />
        </Stack>
        <div style={kbPaneStyle}>
          <KbPreview
            id={preview.id}
            query={preview.query}
            answerScriptShown={preview.id !== null && preview.id === usedId}
            onUseInAnswer={answerWith}
          />
        </div>
      </Group>
    </Box>
  );
}

function searchInput(query: string, filters: KbFilterValues, limit: number): KbSearchInput | null {
  if (query.trim() === '') return null;
  return {
    query,
    asYouType: true,
    limit,
    ...(filters.status && { status: [filters.status] }),
    ...(filters.district && { district: filters.district }),
    ...(filters.category && { category: filters.category }),
  };
}
