import { Blockquote, List, Text, Title, type TitleOrder } from '@mantine/core';
import type { TextRangeValue } from '../../../shared/contract/kb/kb-value-schemas';
import { HighlightedText } from './highlighted-text';
import type { MarkdownBlock, TextPiece } from './markdown-blocks';

/** Renders the blocks of a document body as text elements, with the query's matches marked. */
export function MarkdownBody({ blocks, highlights }: { blocks: readonly MarkdownBlock[]; highlights: readonly TextRangeValue[] }) {
  const piece = (text: TextPiece) => <HighlightedText text={text.text} ranges={highlights} offset={text.start} />;
  const lines = (texts: readonly TextPiece[]) =>
    texts.map((text, index) => (
      <span key={text.start}>
        {index > 0 && <br />}
        {piece(text)}
      </span>
    ));
  return (
    <>
      {blocks.map((block) => {
        switch (block.kind) {
          case 'heading':
            // The document title is the preview's h3; body headings sit below it.
            return (
              <Title key={block.line.start} order={Math.min(6, block.level + 3) as TitleOrder} size="h6" mt="sm" mb={4}>
                {piece(block.line)}
              </Title>
            );
          case 'paragraph':
            return (
              <Text key={block.lines[0]!.start} size="sm" mb="xs">
                {lines(block.lines)}
              </Text>
            );
          case 'quote':
            return (
              <Blockquote key={block.lines[0]!.start} p="xs" mb="xs" fz="sm">
                {lines(block.lines)}
              </Blockquote>
            );
          case 'list':
            return (
              <List key={block.items[0]!.start} type={block.ordered ? 'ordered' : 'unordered'} size="sm" mb="xs" withPadding>
                {block.items.map((item) => (
                  <List.Item key={item.start}>{piece(item)}</List.Item>
                ))}
              </List>
            );
        }
      })}
    </>
  );
}
