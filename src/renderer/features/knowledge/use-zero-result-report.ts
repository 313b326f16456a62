import type { KbSearchInput, KbSearchResponse } from '../../../shared/contract/kb/kb-search-schemas';
import { useKbSearch } from './use-kb-search';
import { useUnchangedFor } from './use-unchanged-for';

// Long enough that the operator has stopped typing, not merely paused between words.
const stoppedTypingMs = 1200;

/**
 * Searches typed ahead are not logged when they find nothing (every prefix
 * of a word would be). When the operator stops on a query that still finds
 * nothing, it is searched once more as a finished query, which the core
 * logs for the KB editors (Settings lists the top ones).
 */
export function useZeroResultReport(input: KbSearchInput | null, response: KbSearchResponse | undefined, isPlaceholderData: boolean) {
  const stopped = useUnchangedFor(JSON.stringify(input), stoppedTypingMs);
  const foundNothing = input !== null && response !== undefined && !isPlaceholderData && response.total === 0;
  useKbSearch(stopped && foundNothing && input ? { ...input, asYouType: false } : null);
}
