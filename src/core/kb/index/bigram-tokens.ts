import { textRuns } from './text-runs';

/**
 * The index's token stream. FTS5's own tokenizers do not fit Chinese:
 * unicode61 makes a whole run of Han characters one token and trigram cannot
 * match the 2-character words most queries are. So each Han run becomes its
 * overlapping character bigrams plus its last character alone — every
 * character then starts some token, which lets a 1-character query be a
 * prefix query — and letter/digit runs stay whole. Tokens are joined by
 * spaces and handed to FTS5's unicode61 tokenizer, which passes them through
 * unchanged (tests check this with fts5vocab).
 */
export function documentTokens(normalized: string): string[] {
  const tokens: string[] = [];
  for (const run of textRuns(normalized)) {
    if (run.kind === 'word') {
      tokens.push(run.text);
      continue;
    }
    const chars = Array.from(run.text);
    for (let i = 0; i + 1 < chars.length; i += 1) tokens.push(chars[i]! + chars[i + 1]!);
    tokens.push(chars[chars.length - 1]!);
  }
  return tokens;
}

export function documentTokenText(normalized: string): string {
  return documentTokens(normalized).join(' ');
}

export interface PhraseToken {
  text: string;
  /** Matches any index token starting with `text`. */
  prefix: boolean;
}

/**
 * The tokens a query word must match as one consecutive phrase. A Han run
 * that ends the phrase gets no trailing single character: in a document the
 * run usually goes on ("公积金提取" has 金提 after 积金, not 金), so a phrase
 * ending in the lone character would miss. A run followed by a letter/digit
 * run keeps it, because the document stream has it there too. A lone Han
 * character at the end is a prefix token: it matches every bigram it starts.
 */
export function queryPhraseTokens(normalized: string): PhraseToken[] {
  const tokens: PhraseToken[] = [];
  const runs = textRuns(normalized);
  runs.forEach((run, index) => {
    const isLast = index === runs.length - 1;
    if (run.kind === 'word') {
      tokens.push({ text: run.text, prefix: false });
      return;
    }
    const chars = Array.from(run.text);
    for (let i = 0; i + 1 < chars.length; i += 1) tokens.push({ text: chars[i]! + chars[i + 1]!, prefix: false });
    if (chars.length === 1 || !isLast) tokens.push({ text: chars[chars.length - 1]!, prefix: chars.length === 1 && isLast });
  });
  return tokens;
}
