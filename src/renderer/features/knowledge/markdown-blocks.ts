/**
 * A tiny reader for the Markdown of knowledge-base documents: headings,
 * paragraphs, lists and quotes, nothing else. Everything inline — emphasis
 * markers, links, HTML tags — stays literal text, so no document can make
 * the preview load, run or style anything. Each piece of text keeps its
 * offset in the body, so the core's highlight ranges land on it.
 */
export interface TextPiece {
  text: string;
  /** Where `text` starts in the body. */
  start: number;
}

export type MarkdownBlock =
  | { kind: 'heading'; level: number; line: TextPiece }
  | { kind: 'paragraph'; lines: TextPiece[] }
  | { kind: 'quote'; lines: TextPiece[] }
  | { kind: 'list'; ordered: boolean; items: TextPiece[] };

const headingPattern = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/d;
const listItemPattern = /^[ \t]*(?:([-*+])|(\d{1,9})[.)])[ \t]+(.*)$/d;
const quotePattern = /^[ \t]*>[ \t]?(.*)$/d;

export function markdownBlocks(body: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let lineStart = 0;
  for (const rawLine of body.split('\n')) {
    const start = lineStart;
    lineStart += rawLine.length + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      blocks.push({ kind: 'paragraph', lines: [] });
      continue;
    }
    const previous = blocks.at(-1);
    const heading = headingPattern.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, line: pieceOf(heading, 2, start) });
      continue;
    }
    const item = listItemPattern.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      const piece = pieceOf(item, 3, start);
      if (previous?.kind === 'list' && previous.ordered === ordered) previous.items.push(piece);
      else blocks.push({ kind: 'list', ordered, items: [piece] });
      continue;
    }
    const quote = quotePattern.exec(line);
    if (quote) {
      const piece = pieceOf(quote, 1, start);
      if (previous?.kind === 'quote') previous.lines.push(piece);
      else blocks.push({ kind: 'quote', lines: [piece] });
      continue;
    }
    const piece = { text: line, start };
    if (previous?.kind === 'paragraph' && previous.lines.length > 0) previous.lines.push(piece);
    else blocks.push({ kind: 'paragraph', lines: [piece] });
  }
  // Blank lines only separate blocks; they are not blocks of their own.
  return blocks.filter((block) => block.kind !== 'paragraph' || block.lines.length > 0);
}

/** The text of a match's content group, with its offset in the body. */
function pieceOf(match: RegExpExecArray, group: number, lineStart: number): TextPiece {
  return { text: match[group] ?? '', start: lineStart + (match.indices?.[group]?.[0] ?? 0) };
}
