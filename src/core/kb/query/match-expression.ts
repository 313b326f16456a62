import type { PhraseToken } from '../index/bigram-tokens';

/**
 * Builds FTS5 MATCH expressions from tokens we produced ourselves. Every
 * token is quoted (and any quote inside doubled), so nothing the operator
 * types — `"`, `*`, AND, NEAR(, `-`, `:` — can become FTS5 syntax.
 */
export type Phrase = readonly PhraseToken[];

/** One concept of the query: the word and its synonyms, any of which may match. */
export interface TermGroup {
  alternatives: readonly Phrase[];
}

export function quoteToken(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

export function phraseExpression(phrase: Phrase): string {
  return phrase.map((token) => quoteToken(token.text) + (token.prefix ? '*' : '')).join(' + ');
}

export function groupExpression(group: TermGroup): string {
  const alternatives = group.alternatives.filter((phrase) => phrase.length > 0).map(phraseExpression);
  if (alternatives.length <= 1) return alternatives[0] ?? '';
  return `(${alternatives.join(' OR ')})`;
}

export function matchExpression(groups: readonly TermGroup[], operator: 'AND' | 'OR'): string {
  return groups
    .map(groupExpression)
    .filter((expression) => expression !== '')
    .join(` ${operator} `);
}

/** Restricts an expression to some FTS columns (`{title terms} : (…)`). */
export function inColumns(expression: string, columns: readonly string[]): string {
  return expression === '' ? '' : `{${columns.join(' ')}} : (${expression})`;
}
