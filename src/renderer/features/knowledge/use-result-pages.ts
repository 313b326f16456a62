import { useState } from 'react';

/** Results asked for while typing: the panel shows about seven without scrolling. */
const kbResultsPage = 10;
// kb.search's own maximum.
const kbResultsMax = 100;

/**
 * How many results to ask for: a page per keystroke, a page more each time
 * the operator asks (↓ past the last, scrolling to the end, "more"), until
 * the search changes. Twenty per keystroke cost the engine a third more
 * (highlights and snippets) and React twice the rows (bench kb-ui).
 */
export function useResultPages(searchKey: string) {
  const [more, setMore] = useState({ key: '', limit: kbResultsPage });
  const limit = more.key === searchKey ? more.limit : kbResultsPage;
  return {
    limit,
    canGrow: limit < kbResultsMax,
    showMore: () => setMore({ key: searchKey, limit: Math.min(kbResultsMax, limit + kbResultsPage) }),
  };
}
