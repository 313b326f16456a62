import { useQuery } from '@tanstack/react-query';
import type { KbSearchInput, KbSearchResponse } from '../../../shared/contract/kb/kb-search-schemas';
import { kbKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';

/**
 * An answer with the search it answers: while the next keystroke's answer
 * is on its way the previous one stays on screen, and whatever follows the
 * results (the preview's highlights, the chosen result) must follow that
 * search, not the box.
 */
export type KbSearchAnswer = KbSearchResponse & { input: KbSearchInput };

/**
 * One search; null searches nothing. While the operator types on (or
 * deletes from the end), the previous results stay on screen until the
 * next ones arrive, so the list does not flash empty on every keystroke.
 * A query that does not continue the last one answered starts empty: after
 * the box was cleared, the last query's results would show for a moment
 * under a new, unrelated one (bench kb-ui saw it on 14 of 50 keystrokes).
 */
export function useKbSearch(input: KbSearchInput | null) {
  const client = useSeatClient();
  return useQuery({
    queryKey: kbKeys.search(input ?? { query: '' }),
    queryFn: async (): Promise<KbSearchAnswer> => {
      const response = await client.call('kb.search', input ?? { query: '' });
      return { ...response, input: input ?? { query: '' } };
    },
    enabled: input !== null,
    placeholderData: (previous) => (previous && input && continues(previous.input.query, input.query) ? previous : undefined),
  });
}

/** One text grown or shortened at its end into the other: typing on, or backspacing. */
function continues(before: string, after: string): boolean {
  return after.startsWith(before) || before.startsWith(after);
}

/** The same search, perhaps asking for more of its results. */
export function sameSearch(a: KbSearchInput, b: KbSearchInput): boolean {
  const { limit: _a, ...restA } = a;
  const { limit: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
