import { memo, type CSSProperties, type Ref } from 'react';
import type { KbSearchResult } from '../../../shared/contract/kb/kb-search-schemas';
import { HighlightedText } from './highlighted-text';
import { KbReviewBadge, KbStatusBadge } from './kb-status-badge';

export interface KbResultRowProps {
  id: string;
  index: number;
  result: KbSearchResult;
  selected: boolean;
  activeRef: Ref<HTMLDivElement> | undefined;
  onActivate: (index: number) => void;
  onUse: (index: number) => void;
}

/*
 * Plain elements styled with Mantine's variables, as Mantine's Text, Group
 * and UnstyledButton would draw them: a row is rendered on every answer
 * while the operator types, and those components' style-props machinery
 * was most of the time React spent on the list (bench kb-ui, CPU profile).
 */
const clamp = (lines: number): CSSProperties => ({
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  display: '-webkit-box',
  WebkitLineClamp: lines,
  WebkitBoxOrient: 'vertical',
});
const rowStyle: CSSProperties = {
  padding: 'var(--mantine-spacing-xs)',
  borderRadius: 'var(--mantine-radius-sm)',
  cursor: 'pointer',
  textAlign: 'start',
  color: 'inherit',
  WebkitTapHighlightColor: 'transparent',
};
const selectedRowStyle: CSSProperties = { ...rowStyle, background: 'var(--mantine-primary-color-light)' };
const headStyle: CSSProperties = { display: 'flex', flexWrap: 'nowrap', justifyContent: 'space-between', alignItems: 'center', gap: 6 };
const badgesStyle: CSSProperties = { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', gap: 4 };
const small = (size: 'sm' | 'xs'): CSSProperties => ({
  margin: 0,
  fontSize: `var(--mantine-font-size-${size})`,
  lineHeight: `var(--mantine-line-height-${size})`,
});
const titleStyle: CSSProperties = { ...small('sm'), ...clamp(1), fontWeight: 600 };
const metaStyle: CSSProperties = { ...small('xs'), ...clamp(1), color: 'var(--mantine-color-dimmed)' };
const snippetStyle: CSSProperties = { ...small('xs'), ...clamp(2) };

/** One result: title, where it applies and who issued it, whether it is in force, and the passage that matched. */
function KbResultRowView({ id, index, result, selected, activeRef, onActivate, onUse }: KbResultRowProps) {
  const style = selected ? selectedRowStyle : rowStyle;
  return (
    <div
      ref={activeRef}
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onActivate(index)}
      onDoubleClick={() => onUse(index)}
      style={result.expired ? { ...style, opacity: 0.85 } : style}
    >
      <div style={headStyle}>
        <p style={titleStyle}>
          <HighlightedText text={result.title} ranges={result.titleHighlights} />
        </p>
        <div style={badgesStyle}>
          {result.needsReview && <KbReviewBadge />}
          <KbStatusBadge document={result} size="xs" />
        </div>
      </div>
      <p style={metaStyle}>{[result.district, result.authority, result.docNumber].filter(Boolean).join(' · ')}</p>
      {result.snippet && (
        <p style={snippetStyle}>
          {result.snippet.cutStart && '…'}
          <HighlightedText text={result.snippet.text} ranges={result.snippet.highlights} />
          {result.snippet.cutEnd && '…'}
        </p>
      )}
    </div>
  );
}

/**
 * Type-ahead answers keystroke after keystroke with mostly the same
 * documents, in new objects: a row is rendered again only when what it
 * shows changed (its highlights, its snippet), not its score.
 */
export const KbResultRow = memo(
  KbResultRowView,
  (before, after) =>
    before.id === after.id &&
    before.index === after.index &&
    before.selected === after.selected &&
    before.activeRef === after.activeRef &&
    before.onActivate === after.onActivate &&
    before.onUse === after.onUse &&
    shownAlike(before.result, after.result),
);

function shownAlike(a: KbSearchResult, b: KbSearchResult): boolean {
  if (a === b) return true;
  const { score: _a, ...shownA } = a;
  const { score: _b, ...shownB } = b;
  return JSON.stringify(shownA) === JSON.stringify(shownB);
}
