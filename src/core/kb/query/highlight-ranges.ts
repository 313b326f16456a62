import { normalizeWithOffsets, type NormalizedText } from '../../../shared/text/normalize-text';

/** A range of the ORIGINAL text, in UTF-16 units, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where the query terms occur in a text, found in the normalized text and
 * mapped back to the original: a query typed in simplified highlights the
 * traditional characters of a document, a half-width one the full-width.
 * Terms are normalized already (they come from the query plan).
 */
export function highlightRanges(original: string, terms: readonly string[], normalized?: NormalizedText): TextRange[] {
  const target = normalized ?? normalizeWithOffsets(original);
  const found: TextRange[] = [];
  for (const term of new Set(terms)) {
    if (term.trim() === '') continue;
    const latinStart = /^[a-z0-9]/.test(term);
    const latinEnd = /[a-z0-9]$/.test(term);
    let from = 0;
    for (;;) {
      const at = target.text.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + term.length;
      // Latin terms match whole words, as the index does (app is not in happy).
      if (latinStart && /[a-z0-9]/.test(target.text[at - 1] ?? '')) continue;
      if (latinEnd && /[a-z0-9]/.test(target.text[end] ?? '')) continue;
      found.push({ start: target.originStart[at]!, end: target.originEnd[end - 1]! });
    }
  }
  return mergeRanges(found);
}

export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const previous = merged[merged.length - 1];
    // Only overlaps merge: adjacent hits of different terms (电梯|补贴) stay
    // apart so snippet selection can count them as distinct.
    if (previous && range.start < previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
