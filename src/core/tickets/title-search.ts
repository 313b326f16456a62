import { normalizeText } from '../../shared/text/normalize-text';
import { documentTokenText, queryPhraseTokens } from '../kb/index/bigram-tokens';
import { phraseExpression } from '../kb/query/match-expression';

/**
 * Ticket titles are searched the way knowledge-base titles are: the same
 * normalization and token stream (Han bigrams, words whole), so a
 * 2-character word finds every title containing it. Reused rather than
 * copied: one definition of how Chinese is indexed in this seat.
 */
export function titleIndexText(title: string): string {
  return documentTokenText(normalizeText(title));
}

/** Every space-separated word of the query as a phrase, all required; null when nothing searchable is left. */
export function titleMatchExpression(text: string): string | null {
  const phrases = normalizeText(text)
    .split(/\s+/)
    .map((word) => queryPhraseTokens(word))
    .filter((tokens) => tokens.length > 0)
    .map(phraseExpression);
  return phrases.length > 0 ? phrases.join(' AND ') : null;
}
