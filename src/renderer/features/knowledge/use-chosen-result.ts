import { useState } from 'react';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { sameSearch, type KbSearchAnswer } from './use-kb-search';

/**
 * The result chosen with ↑/↓ or a click. It belongs to one search: a new
 * search's results start at the top, more results of the same one keep
 * the choice. `choose` keeps its identity, so the memoized list does not
 * render again for it.
 */
export function useChosenResult(response: KbSearchAnswer | undefined) {
  const [chosen, setChosen] = useState<{ response: KbSearchAnswer | undefined; index: number }>({ response: undefined, index: 0 });
  const count = response?.results.length ?? 0;
  const sameAnswer =
    chosen.response !== undefined && response !== undefined && (chosen.response === response || sameSearch(chosen.response.input, response.input));
  const activeIndex = sameAnswer ? Math.min(chosen.index, count - 1) : 0;
  const choose = useStableCallback((index: number) => setChosen({ response, index }));
  return { activeIndex, choose };
}
