/**
 * How typed letters match a term's syllables. Each syllable must be typed
 * as a non-empty prefix of itself, in order: `gjj`, `gongjijin`, `gongjj`
 * and `gjjin` all match 公积金 (gong ji jin). With `allowUntyped`, the
 * last syllables may be missing (the operator is still typing: `gongj`).
 */
export type PinyinMatch = 'full' | 'initials' | 'mixed' | 'partial';

const rank: Record<PinyinMatch, number> = { full: 4, initials: 3, mixed: 2, partial: 1 };

export function matchPinyinLetters(letters: string, syllables: readonly string[], allowUntyped: boolean): PinyinMatch | null {
  if (syllables.length === 0 || letters.length === 0 || (letters.length < syllables.length && !allowUntyped)) return null;
  if (!secondLetterFits(letters, syllables)) return null;
  // Best kind per parse: we only need to know whether some parse exists and,
  // if several do, prefer the most regular one.
  let best: PinyinMatch | null = null;
  const memo = new Set<number>();

  const visit = (at: number, syllable: number, allFull: boolean, allInitials: boolean): void => {
    if (at === letters.length) {
      let kind: PinyinMatch;
      if (syllable < syllables.length) {
        if (!allowUntyped || syllable === 0) return;
        kind = 'partial';
      } else {
        kind = allFull ? 'full' : allInitials ? 'initials' : 'mixed';
      }
      if (best === null || rank[kind] > rank[best]) best = kind;
      return;
    }
    if (syllable === syllables.length) return;
    const state = (at * (syllables.length + 1) + syllable) * 4 + (allFull ? 2 : 0) + (allInitials ? 1 : 0);
    if (memo.has(state)) return;
    memo.add(state);
    const target = syllables[syllable]!;
    for (let length = 1; length <= target.length && at + length <= letters.length; length += 1) {
      if (!sameLetter(letters[at + length - 1]!, target[length - 1]!)) break;
      const typedWhole = length === target.length;
      // A syllable cut short is only "untyped rest" when it is the very last thing typed.
      const isLastTyped = at + length === letters.length;
      visit(at + length, syllable + 1, allFull && (typedWhole || (isLastTyped && allowUntyped && syllable > 0)), allInitials && length === 1);
    }
  };
  visit(0, 0, true, true);
  return best;
}

/**
 * The second letter typed either continues the first syllable or starts
 * the second, or no parse exists. The type-ahead asks this of every term
 * starting with the first letter (thousands): most fail here, before the
 * search below allocates anything.
 */
function secondLetterFits(letters: string, syllables: readonly string[]): boolean {
  if (letters.length < 2) return true;
  const second = letters[1]!;
  const first = syllables[0]!;
  const next = syllables[1];
  return (first.length >= 2 && sameLetter(second, first[1]!)) || (next !== undefined && next.length > 0 && sameLetter(second, next[0]!));
}

/** Many people type u for ü (lu for 绿). */
function sameLetter(typed: string, expected: string): boolean {
  return typed === expected || (expected === 'v' && typed === 'u');
}
