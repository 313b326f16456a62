/**
 * Splits normalized text into the runs the index cares about: runs of Han
 * characters (indexed as bigrams) and runs of other letters and digits
 * (indexed whole). Everything else — punctuation, spaces, emoji — separates.
 */
export type TextRunKind = 'han' | 'word';

export interface TextRun {
  kind: TextRunKind;
  text: string;
  /** Offset in the normalized text, in UTF-16 units. */
  start: number;
}

// Han first so a word run never swallows Chinese. Combining marks are left
// out of word runs: FTS5's unicode61 would treat them as separators.
const runPattern = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

export function textRuns(normalized: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of normalized.matchAll(runPattern)) {
    runs.push({ kind: match[1] === undefined ? 'word' : 'han', text: match[0], start: match.index });
  }
  return runs;
}
