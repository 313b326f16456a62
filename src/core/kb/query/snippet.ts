import { highlightRanges, type TextRange } from './highlight-ranges';

/**
 * A short excerpt of a document's body around the query terms, with the
 * highlights relative to the excerpt. The window is the one covering the
 * most distinct terms, so a colloquial question shows the passage that
 * answers it rather than the first mention of one word.
 */
export interface Snippet {
  text: string;
  highlights: TextRange[];
  /** The excerpt starts after / ends before the body's start / end (show an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

export const snippetLength = 96;
// Snippets and highlights only look this far into a body.
export const scanLimit = 30_000;
const leadChars = 16;

/**
 * `bodyText` is the document's plain text. It is read and normalized anew
 * for every result shown, on purpose: a cache of recent bodies (kept for
 * type-ahead, which shows the same documents keystroke after keystroke)
 * saved ~0.5 ms a search but outlived the young generation, and the bodies
 * it evicted piled up as old-generation garbage — about 100 MB of resident
 * memory over the bench's 2,400 searches, for 2 MB of live data.
 */
export function buildSnippet(bodyText: string, terms: readonly string[], length = snippetLength): Snippet {
  const scanned = bodyText.slice(0, scanLimit);
  const ranges = highlightRanges(scanned, terms);
  let start = 0;
  if (ranges.length > 0) {
    const termOf = (range: TextRange) => scanned.slice(range.start, range.end);
    let bestScore = -1;
    for (const candidate of ranges) {
      const windowEnd = candidate.start + length - leadChars;
      let inside = 0;
      const distinct = new Set<string>();
      for (const range of ranges) {
        if (range.start < candidate.start) continue;
        if (range.end > windowEnd) break;
        inside += 1;
        distinct.add(termOf(range));
      }
      const score = distinct.size * 100 + inside;
      if (score > bestScore) {
        bestScore = score;
        start = candidate.start;
      }
    }
    start = backToBoundary(scanned, start);
  }
  let end = Math.min(scanned.length, start + length);
  if (/[\ud800-\udbff]/.test(scanned[end - 1] ?? '')) end -= 1;
  const text = scanned.slice(start, end).replace(/[\n\t]/g, ' ');
  const highlights = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(0, range.start - start), end: Math.min(end, range.end) - start }));
  return { text, highlights, cutStart: start > 0, cutEnd: end < bodyText.length };
}

/** Starts the excerpt at the sentence or line the first hit is in, if that is close. */
function backToBoundary(text: string, hit: number): number {
  const earliest = Math.max(0, hit - leadChars);
  for (let at = hit; at > earliest; at -= 1) {
    if (/[\n。！？；!?;]/.test(text[at - 1]!)) return at;
  }
  // Do not split a surrogate pair.
  return /[\udc00-\udfff]/.test(text[earliest] ?? '') ? earliest + 1 : earliest;
}
