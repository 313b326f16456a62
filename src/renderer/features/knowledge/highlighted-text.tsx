import type { ReactNode } from 'react';
import type { TextRangeValue } from '../../../shared/contract/kb/kb-value-schemas';

/**
 * Text with the ranges wrapped in <mark>. The text is split at the ranges
 * and each piece rendered as a React text node, so whatever the document
 * holds (<script>, <img onerror>) shows as the characters it is and never
 * becomes an element. `offset` is where `text` starts in the text the
 * ranges refer to (a line of a document body).
 */
export function HighlightedText({ text, ranges, offset = 0 }: { text: string; ranges: readonly TextRangeValue[]; offset?: number }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, range.start - offset);
    const end = Math.min(text.length, range.end - offset);
    if (end <= start) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={`mark-${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
