import type { MarkdownBlock } from './markdown-blocks';

/** The heading under which documents carry what the operator reads to the caller. */
const answerScriptHeading = '答复口径';

/**
 * The blocks of a document's 答复口径 section (up to the next heading of the
 * same or a higher level), or null when it has none.
 */
export function answerScriptBlocks(blocks: readonly MarkdownBlock[]): MarkdownBlock[] | null {
  const at = blocks.findIndex(
    (block) => block.kind === 'heading' && block.line.text.trim().replace(/[:：]$/, '') === answerScriptHeading,
  );
  if (at < 0) return null;
  const heading = blocks[at]!;
  const level = heading.kind === 'heading' ? heading.level : 1;
  const section: MarkdownBlock[] = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.kind === 'heading' && block.level <= level) break;
    section.push(block);
  }
  return section.length > 0 ? section : null;
}
