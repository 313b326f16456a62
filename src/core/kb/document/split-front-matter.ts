import { DocumentFormatError } from './document-format-error';

export interface SplitDocument {
  /** The YAML between the `---` fences, or null when the file has none. */
  frontMatter: string | null;
  body: string;
}

/**
 * Separates a leading `---` … `---` YAML block from the Markdown body.
 * Tolerates a byte-order mark and Windows line ends, which editors on the
 * KB team's Windows machines produce.
 */
export function splitFrontMatter(source: string): SplitDocument {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: null, body: text };
  const closing = /^(?:---|\.\.\.)[ \t]*$/m;
  const afterOpening = text.indexOf('\n') + 1;
  const rest = text.slice(afterOpening);
  const match = closing.exec(rest);
  if (!match) throw new DocumentFormatError('front matter starts with "---" but has no closing "---" line');
  return {
    frontMatter: rest.slice(0, match.index),
    body: rest.slice(match.index + match[0].length).replace(/^\n/, ''),
  };
}
