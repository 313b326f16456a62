import { Box, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { kbQueryMaxChars, type KbSearchInput, type KbSearchResponse } from '../../../shared/contract/kb/kb-search-schemas';
import { useT } from '../../i18n/use-t';
import { DidYouMean } from './did-you-mean';
import { KbFilters, noKbFilters, type KbFilterValues } from './kb-filters';
import { KbPreview } from './kb-preview';
import { KbResultList, resultOptionId } from './kb-result-list';
import { useKbSearch } from './use-kb-search';
import { useSettledQuery } from './use-settled-query';
import { useZeroResultReport } from './use-zero-result-report';

const resultsShown = 20;

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
 */
export function KbSearch({ inputRef, onUseInAnswer, height }: KbSearchProps) {
  const t = useT();
  const listId = useId();
  const query = useSettledQuery();
  const [filters, setFilters] = useState<KbFilterValues>(noKbFilters);
  const input = searchInput(query.settled, filters);
  const search = useKbSearch(input);
  useZeroResultReport(input, search.data, search.isPlaceholderData);
  const response = input ? search.data : undefined;
  const results = response?.results ?? [];

  // The chosen result belongs to one response: new results start at the top.
  const [chosen, setChosen] = useState<{ response: KbSearchResponse | undefined; index: number }>({ response: undefined, index: 0 });
  const activeIndex = chosen.response === response ? Math.min(chosen.index, results.length - 1) : 0;
  const active = results[activeIndex] ?? null;
  const choose = (index: number) => setChosen({ response, index });
  const [usedId, setUsedId] = useState<string | null>(null);

  function answerWith(id: string) {
    onUseInAnswer(id);
    setUsedId(id);
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // The input method uses arrows and Enter to pick its candidates.
    if (event.nativeEvent.isComposing || query.composing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (results.length > 0) choose(Math.max(0, Math.min(results.length - 1, activeIndex + step)));
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

  const highlightQuery = response?.didYouMean?.applied ? response.didYouMean.text : query.settled;

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
          <DidYouMean suggestion={response?.didYouMean ?? null} onChoose={query.searchNow} />
          <Text size="xs" c="dimmed" role="status">
            {input === null
              ? t('kb.search.prompt')
              : response && (response.total === 0 ? t('kb.search.noResults') : t('kb.search.total', { count: response.total }))}
          </Text>
          <ScrollArea type="auto" offsetScrollbars style={{ flex: 1, minHeight: 0 }}>
            <KbResultList
              listId={listId}
              results={results}
              activeIndex={activeIndex}
              onActivate={choose}
              onUse={(index) => answerWith(results[index]!.id)}
            />
          </ScrollArea>
        </Stack>
        <ScrollArea type="auto" offsetScrollbars style={{ flex: 1, minWidth: 0 }}>
          <KbPreview
            id={active?.id ?? null}
            query={highlightQuery}
            answerScriptShown={active !== null && active.id === usedId}
            onUseInAnswer={answerWith}
          />
        </ScrollArea>
      </Group>
    </Box>
  );
}

function searchInput(query: string, filters: KbFilterValues): KbSearchInput | null {
  if (query.trim() === '') return null;
  return {
    query,
    asYouType: true,
    limit: resultsShown,
    ...(filters.status && { status: [filters.status] }),
    ...(filters.district && { district: filters.district }),
    ...(filters.category && { category: filters.category }),
  };
}
