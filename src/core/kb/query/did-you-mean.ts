import { textRuns } from '../index/text-runs';
import { hanSyllables } from '../pinyin/han-syllables';
import type { PinyinLexicon } from '../pinyin/pinyin-lexicon';
import type { Segmenter } from './segmenter';

/**
 * Same-sound correction for input-method slips (公基金 → 公积金, 医宝 →
 * 医保): stretches of the query that are no known word but sound exactly
 * like a term the documents use are replaced by that term. Longer
 * stretches win; a stretch that is itself a known word, or that the
 * documents contain as written, is kept (and protects its characters), so
 * correct queries and names are left alone.
 */
const maxWindow = 6;

export interface CorrectionContext {
  lexicon: PinyinLexicon;
  segmenter: Segmenter;
  /** Whether some document contains this text as written. */
  occursInDocuments(text: string): boolean;
}

export function sameSoundCorrection(normalized: string, context: CorrectionContext): string | null {
  let corrected = '';
  let last = 0;
  let changed = false;
  for (const run of textRuns(normalized)) {
    if (run.kind !== 'han') continue;
    const chars = Array.from(run.text);
    if (chars.length < 2) continue;
    const syllables = hanSyllables(run.text);
    if (syllables.length !== chars.length) continue;
    const replacements = correctRun(chars, syllables, context);
    if (replacements.length === 0) continue;
    // Rebuild the run with replacements, then splice it into the query.
    let rebuilt = '';
    let at = 0;
    for (const replacement of replacements) {
      rebuilt += chars.slice(at, replacement.start).join('') + replacement.term;
      at = replacement.start + replacement.length;
    }
    rebuilt += chars.slice(at).join('');
    corrected += normalized.slice(last, run.start) + rebuilt;
    last = run.start + run.text.length;
    changed = true;
  }
  return changed ? corrected + normalized.slice(last) : null;
}

interface Replacement {
  start: number;
  length: number;
  term: string;
}

function correctRun(chars: readonly string[], syllables: readonly string[], context: CorrectionContext): Replacement[] {
  const { lexicon, segmenter } = context;
  const covered = new Array<boolean>(chars.length).fill(false);
  const replacements: Replacement[] = [];
  for (let length = Math.min(maxWindow, chars.length); length >= 2; length -= 1) {
    for (let start = 0; start + length <= chars.length; start += 1) {
      if (covered.slice(start, start + length).some(Boolean)) continue;
      const window = chars.slice(start, start + length).join('');
      if (lexicon.has(window) || segmenter.isWord(window)) {
        covered.fill(true, start, start + length);
        continue;
      }
      const soundAlike = lexicon.soundsLike(window, syllables.slice(start, start + length)).filter((term) => lexicon.documentWeight(term) > 0);
      if (soundAlike.length === 0) continue;
      covered.fill(true, start, start + length);
      if (context.occursInDocuments(window)) continue;
      replacements.push({ start, length, term: soundAlike[0]! });
    }
  }
  return replacements.sort((a, b) => a.start - b.start);
}
