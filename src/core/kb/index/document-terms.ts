import { normalizeText } from '../../../shared/text/normalize-text';
import type { KbDocumentContent } from '../document/kb-document';
import { cachedHanSyllables } from '../pinyin/han-syllables';
import type { LexiconTerm } from '../pinyin/pinyin-lexicon';
import { stopWords } from '../query/stop-words';
import type { Segmenter } from '../query/segmenter';
import { textRuns } from './text-runs';

/**
 * The terms of one document for the pinyin table: its keywords, the words
 * of its title and runs of 2–3 adjacent title words (住房 + 公积金 →
 * 住房公积金, so zfgjj finds it). Han only: pinyin of Latin text is itself.
 */
const maxTermChars = 10;
const maxTermsPerDocument = 80;

export function documentTerms(document: Pick<KbDocumentContent, 'title' | 'keywords'>, segmenter: Segmenter): LexiconTerm[] {
  const terms = new Map<string, { source: LexiconTerm['source']; syllables: string[] }>();
  const keep = (term: string, source: LexiconTerm['source'], syllables: () => string[]) => {
    if (term.length < 2 || term.length > maxTermChars || stopWords.has(term)) return;
    const known = terms.get(term);
    if (known === undefined) terms.set(term, { source, syllables: syllables() });
    else if (source === 'keyword') known.source = 'keyword';
  };
  for (const keyword of document.keywords) {
    for (const run of textRuns(normalizeText(keyword))) {
      if (run.kind !== 'han') continue;
      keep(run.text, 'keyword', () => cachedHanSyllables(run.text));
      // The words inside a keyword too: 住房公积金 should also be spelled by gjj.
      for (const word of segmenter.cutForSearch(run.text)) keep(word, 'keyword', () => cachedHanSyllables(word));
    }
  }
  for (const run of textRuns(normalizeText(document.title))) {
    if (run.kind !== 'han') continue;
    for (const word of segmenter.cutForSearch(run.text)) keep(word, 'title', () => cachedHanSyllables(word));
    const words = segmenter.cut(run.text).filter((word) => !stopWords.has(word));
    for (let start = 0; start < words.length; start += 1) {
      let joined = '';
      for (let count = 1; count <= 3 && start + count <= words.length; count += 1) {
        joined += words[start + count - 1]!;
        if (joined.length > maxTermChars) break;
        const parts = words.slice(start, start + count);
        keep(joined, 'title', () => parts.flatMap((part) => cachedHanSyllables(part)));
      }
    }
  }
  return [...terms]
    .slice(0, maxTermsPerDocument)
    .map(([term, { source, syllables }]) => ({ term, source, syllables }))
    .filter((term) => term.syllables.length === Array.from(term.term).length);
}
