import { describe, expect, it } from 'vitest';
import { answerScriptBlocks } from '../../../../src/renderer/features/knowledge/answer-script';
import { markdownBlocks, type TextPiece } from '../../../../src/renderer/features/knowledge/markdown-blocks';

/** Every piece must be the body's own text at its offset, or highlights would land beside their words. */
function expectAnchored(body: string, pieces: readonly TextPiece[]) {
  for (const piece of pieces) expect(body.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
}

describe('the preview’s Markdown reader', () => {
  const body = [
    '# 租房提取公积金',
    '',
    '> 注：本文件已由2025年版替代。',
    '',
    '## 办理条件 ##',
    '',
    '1. 无自有住房。',
    '2) 连续缴存满3个月。',
    '- 另一种列表',
    '第一行',
    '第二行\r',
    '',
    '## 答复口径',
    '',
    '您好，可以提取。',
    '### 补充',
    '按月提取。',
    '## 咨询电话',
    '',
    '12329',
  ].join('\n');
  const blocks = markdownBlocks(body);

  it('reads headings, quotes, ordered and unordered lists and paragraphs', () => {
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'quote', 'heading', 'list', 'list', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(blocks[2]).toMatchObject({ kind: 'heading', level: 2, line: { text: '办理条件' } });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true, items: [{ text: '无自有住房。' }, { text: '连续缴存满3个月。' }] });
    expect(blocks[4]).toMatchObject({ kind: 'list', ordered: false });
    expect(blocks[5]).toMatchObject({ kind: 'paragraph', lines: [{ text: '第一行' }, { text: '第二行' }] });
  });

  it('keeps each piece at its offset in the body', () => {
    for (const block of blocks) {
      if (block.kind === 'heading') expectAnchored(body, [block.line]);
      else expectAnchored(body, block.kind === 'list' ? block.items : block.lines);
    }
  });

  it('finds the 答复口径 section up to the next heading of its level', () => {
    const section = answerScriptBlocks(blocks);
    expect(section?.map((block) => (block.kind === 'heading' ? `#${block.line.text}` : block.kind))).toEqual(['paragraph', '#补充', 'paragraph']);
    expect(answerScriptBlocks(markdownBlocks('# 标题\n\n没有口径。'))).toBeNull();
  });

  it('keeps HTML and inline markup as literal text', () => {
    const hostile = markdownBlocks('<script>alert(1)</script> **粗体** [链接](https://example.com)');
    expect(hostile).toEqual([
      { kind: 'paragraph', lines: [{ text: '<script>alert(1)</script> **粗体** [链接](https://example.com)', start: 0 }] },
    ]);
  });
});
