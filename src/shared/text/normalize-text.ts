import { toSimplified } from './traditional-to-simplified';

/**
 * The one normalization applied to documents and queries alike, so that a
 * query matches whatever form the document was written in:
 *   NFKC (full-width → half-width, compatibility ideographs, ideographic
 *   space → space), lower case, Latin diacritics removed (tone marks of
 *   pasted pinyin), traditional → simplified, control and zero-width
 *   characters dropped or turned into spaces.
 *
 * `normalizeWithOffsets` also returns, for every UTF-16 unit of the
 * normalized text, the range of the original text it came from, so that
 * highlights found in normalized text can be painted on the original.
 */
export interface NormalizedText {
  text: string;
  /** originStart[i] / originEnd[i]: the original range that produced normalized unit i. */
  originStart: Int32Array;
  originEnd: Int32Array;
}

/**
 * The whole-string path, used for indexing (10 M characters) and queries:
 * the same steps as the unit-by-unit path below, applied to the whole text
 * at once. They agree on everything but exotic scripts (Hangul jamo
 * composition, Greek final sigma), where a highlight might be missed but
 * index and query still agree, since both come through here.
 */
export function normalizeText(input: string): string {
  let text = input.normalize('NFKC').toLowerCase();
  // Fast checks first: most text has no Latin diacritics, controls or odd spaces.
  if (/[\u00c0-\u024f\u1e00-\u1eff]|\p{M}/u.test(text)) {
    text = text
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC');
  }
  if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(text)) text = text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  if (/[^\S \n\t]|[\p{Cc}\p{Cs}]/u.test(text)) {
    text = text.replace(/[^\S \n\t]|(?![\n\t])[\p{Cc}\p{Cs}]/gu, ' ');
  }
  return toSimplified(text);
}

/** Normalizes unit by unit, recording where each normalized unit came from (for highlights). */
export function normalizeWithOffsets(input: string): NormalizedText;
export function normalizeWithOffsets(input: string, withOffsets: boolean): NormalizedText;
export function normalizeWithOffsets(input: string, withOffsets = true): NormalizedText {
  const aligned = alignedNormalization(input);
  if (aligned !== null) return aligned;
  const pieces: string[] = [];
  // Built only when asked for: indexing 10 M characters does not need them.
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < input.length) {
    const unitEnd = endOfUnit(input, index);
    const folded = foldUnit(input.slice(index, unitEnd));
    if (folded.length > 0) {
      pieces.push(folded);
      if (withOffsets) {
        for (let k = 0; k < folded.length; k += 1) {
          starts.push(index);
          ends.push(unitEnd);
        }
      }
    }
    index = unitEnd;
  }
  const folded = pieces.join('');
  let text = toSimplified(folded);
  if (text.length !== folded.length) {
    // OpenCC's phrase table almost always maps length to length; when it does
    // not, convert unit by unit so every normalized unit keeps its origin.
    text = pieces.map((piece) => convertPieceAlone(piece)).join('');
  }
  return {
    text,
    originStart: Int32Array.from(withOffsets ? starts : []),
    originEnd: Int32Array.from(withOffsets ? ends : []),
  };
}

/**
 * Most text normalizes character for character (Chinese, ASCII, full-width
 * forms): then the fast whole-string path gives the same text and the map
 * is the identity. That holds when nothing can shrink the text — no
 * combining marks, zero-width characters or astral characters — and the
 * length did not change, so nothing grew either.
 */
function alignedNormalization(input: string): NormalizedText | null {
  if (/[\p{M}\p{Cs}\u{10000}-\u{10ffff}\u200b-\u200d\u2060\ufeff\u00ad\u0130]/u.test(input)) return null;
  const text = normalizeText(input);
  if (text.length !== input.length) return null;
  const originStart = new Int32Array(text.length);
  const originEnd = new Int32Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    originStart[i] = i;
    originEnd[i] = i + 1;
  }
  return { text, originStart, originEnd };
}

function convertPieceAlone(piece: string): string {
  const converted = toSimplified(piece);
  return converted.length === piece.length ? converted : piece;
}

/**
 * A unit is one code point plus the combining marks that follow it, so NFKC
 * can compose "e" + U+0301 into "é" while each unit still maps to one
 * original range.
 */
function endOfUnit(input: string, start: number): number {
  let end = start + codePointLength(input, start);
  while (end < input.length && isCombiningMark(input.charCodeAt(end))) end += 1;
  return end;
}

function codePointLength(input: string, at: number): number {
  const code = input.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < input.length) {
    const next = input.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** The combining-mark blocks that occur in practice (Latin diacritics, kana voicing marks). */
function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0x3099 ||
    code === 0x309a
  );
}

// The same few thousand characters recur in every document, so each unit is
// folded once. The cap keeps a hostile input from growing the cache forever.
const unitCache = new Map<string, string>();
const unitCacheLimit = 100_000;

function foldUnit(unit: string): string {
  const cached = unitCache.get(unit);
  if (cached !== undefined) return cached;
  const folded = foldUncached(unit);
  if (unitCache.size < unitCacheLimit) unitCache.set(unit, folded);
  return folded;
}

const zeroWidth = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/u;
// Control characters (and unpaired surrogates) become a space: they separate
// words the way the line break or tab they often replace would.
const controlOrBroken = /^(?:[\p{Cc}\p{Cs}\u2028\u2029])$/u;

function foldUncached(unit: string): string {
  if (zeroWidth.test(unit)) return '';
  if (controlOrBroken.test(unit)) return unit === '\n' || unit === '\t' ? unit : ' ';
  let folded = unit.normalize('NFKC').toLowerCase();
  // Latin letters lose their diacritics: pinyin pasted with tone marks
  // (gōngjījīn, lǜ) then reads as the letters a keyboard types.
  if (/\p{Script=Latin}/u.test(folded)) folded = folded.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  // NFKC maps U+3000 (ideographic space) to U+0020 already; other exotic
  // spaces become one plain space so later splitting is simple.
  return folded.replace(/\s/gu, (space) => (space === '\n' || space === '\t' ? space : ' '));
}
