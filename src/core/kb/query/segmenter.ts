import { generalWords } from './general-words';
import { WordSegmenter } from './word-segmenter';

/**
 * Query segmentation: jieba's dictionary method (word-segmenter.ts) over
 * general words plus our own vocabulary. Domain words (dictionary.txt),
 * synonym terms and document keywords are added so that 住房公积金 or
 * 加装电梯 come out as one word and can be matched and expanded as a unit.
 */
export interface Segmenter {
  cut(normalized: string): string[];
  /** Also the shorter dictionary words inside long ones (住房公积金 → 住房 公积 公积金 住房公积金). */
  cutForSearch(normalized: string): string[];
  /** Whether the dictionary (general or ours) knows `word` as one word. */
  isWord(word: string): boolean;
  addWords(words: Iterable<{ word: string; frequency?: number | null; tag?: string | null }>): void;
}

// General word counts range up to ~10^5 for the commonest words; our
// words should beat general-purpose splits of themselves (公积金 is 556,
// 住房 2242) without swallowing the words around them.
const defaultFrequency = 20_000;

export function createSegmenter(): Segmenter {
  const words = new WordSegmenter();
  for (const [word, frequency] of generalWords()) words.addWord(word, frequency);
  const added = new Set<string>();
  return {
    cut: (normalized) => words.cut(normalized),
    cutForSearch: (normalized) => words.cutForSearch(normalized),
    isWord: (word) => {
      const pieces = words.cut(word);
      return pieces.length === 1 && pieces[0] === word;
    },
    addWords(entries) {
      for (const { word, frequency } of entries) {
        // A word with spaces cannot be one entry (jieba's dictionary format is space separated).
        if (word === '' || /\s/.test(word) || added.has(word)) continue;
        added.add(word);
        words.addWord(word, frequency ?? defaultFrequency);
      }
    },
  };
}
