/**
 * The type-ahead simulation: an operator typing a query one character at a
 * time, each keystroke a search with asYouType (last word as a prefix).
 * Kept apart from query-sets.ts so the engine tasks do not load the
 * document parser just for this.
 */
export const typedKeystrokes = 6;

/** Every keystroke: the first 1…6 characters of each string. */
export function typeAheadPrefixes(typeAhead: readonly string[]): string[] {
  return typeAhead.flatMap((text) => Array.from({ length: typedKeystrokes }, (_, index) => Array.from(text).slice(0, index + 1).join('')));
}
