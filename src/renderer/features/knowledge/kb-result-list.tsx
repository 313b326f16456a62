import { Button, Stack } from '@mantine/core';
import { memo, useEffect, useRef, type CSSProperties, type UIEvent } from 'react';
import type { KbSearchResult } from '../../../shared/contract/kb/kb-search-schemas';
import { useT } from '../../i18n/use-t';
import { KbResultRow } from './kb-result-row';

export interface KbResultListProps {
  listId: string;
  results: readonly KbSearchResult[];
  activeIndex: number;
  /** The search found more than the results shown. */
  hasMore: boolean;
  onActivate: (index: number) => void;
  /** Double click: "use in answer" without the keyboard. */
  onUse: (index: number) => void;
  /** The next page of results: scrolled to the end, or "more" clicked. */
  onMore: () => void;
}

export const resultOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

// The browser's own scrolling, as in the tickets list: Mantine's ScrollArea re-rendered its
// scrollbars with every answer and again when the content's size changed (bench kb-ui, CPU profile).
// Contained, as the tickets list is, so a new answer lays out and paints its pane, not the page.
export const kbPaneStyle: CSSProperties = { flex: 1, minHeight: 0, minWidth: 0, overflowY: 'auto', scrollbarGutter: 'stable', contain: 'strict' };

// Close enough to the end that the operator is looking for more.
const nearEndPx = 40;

/**
 * The results as a listbox driven from the search box (↑/↓ there move the
 * active option, focus never leaves the box): the operator keeps typing
 * while choosing. Memoized, as are its rows: a keystroke re-renders the
 * box, and the list renders when an answer arrives.
 */
function KbResultListView({ listId, results, activeIndex, hasMore, onActivate, onUse, onMore }: KbResultListProps) {
  const t = useT();
  const active = useRef<HTMLDivElement>(null);
  // Whether the operator scrolled the list: if not, the first result is in view already.
  const scrolled = useRef(false);
  useEffect(() => {
    // Scrolling into view lays the page out at once; new results start at the top, where an unscrolled list shows them.
    if (activeIndex === 0 && !scrolled.current) return;
    active.current?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, results]);

  function onScroll(event: UIEvent<HTMLDivElement>) {
    const pane = event.currentTarget;
    scrolled.current = pane.scrollTop > 0;
    if (hasMore && pane.scrollTop + pane.clientHeight >= pane.scrollHeight - nearEndPx) onMore();
  }

  return (
    <div style={kbPaneStyle} onScroll={onScroll}>
      <Stack id={listId} role="listbox" aria-label={t('kb.search.results')} gap={2}>
        {results.map((result, index) => (
          <KbResultRow
            key={result.id}
            id={resultOptionId(listId, index)}
            index={index}
            result={result}
            selected={index === activeIndex}
            activeRef={index === activeIndex ? active : undefined}
            onActivate={onActivate}
            onUse={onUse}
          />
        ))}
      </Stack>
      {hasMore && (
        // Off the tab order and never taking focus: the operator stays in the search box (↓ past the last result does the same).
        <Button variant="subtle" size="xs" fullWidth tabIndex={-1} onMouseDown={(event) => event.preventDefault()} onClick={onMore}>
          {t('kb.search.more')}
        </Button>
      )}
    </div>
  );
}

export const KbResultList = memo(KbResultListView);
