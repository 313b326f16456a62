import { add_word, cut, cut_for_search } from 'jieba-wasm';

/**
 * Query segmentation with jieba plus our own vocabulary. Domain words
 * (dictionary.txt), synonym terms and document keywords are added so that
 * 住房公积金 or 加装电梯 come out as one word and can be matched and
 * expanded as a unit.
 */
export interface Segmenter {
  cut(normalized: string): string[];
  /** Also the shorter dictionary words inside long ones (住房公积金 → 住房 公积 公积金 住房公积金). */
  cutForSearch(normalized: string): string[];
  /** Whether jieba knows `word` as one word (its dictionary or ours), without guessing new words. */
  isWord(word: string): boolean;
  addWords(words: Iterable<{ word: string; frequency?: number | null; tag?: string | null }>): void;
}

// Jieba's dictionary counts range up to ~10^5 for the commonest words; our
// words should beat general-purpose splits of themselves (公积金 is 556,
// 住房 2242) without swallowing the words around them.
const defaultFrequency = 20_000;

/**
 * jieba-wasm (jieba-rs compiled to WebAssembly) rather than a native addon:
 * it installs from the registry on every platform without per-platform
 * packages. Its dictionary is one per process, so words added by one
 * knowledge base are known to all; they are the same domain words anyway.
 */
export function createSegmenter(): Segmenter {
  const known = new Set<string>();
  return {
    cut: (normalized) => cut(normalized, true),
    cutForSearch: (normalized) => cut_for_search(normalized, false),
    isWord: (word) => {
      const pieces = cut(word, false);
      return pieces.length === 1 && pieces[0] === word;
    },
    addWords(words) {
      for (const { word, frequency, tag } of words) {
        // jieba's dictionary format is space separated; a word with spaces cannot be one entry.
        if (word === '' || /\s/.test(word) || known.has(word)) continue;
        known.add(word);
        add_word(word, frequency ?? defaultFrequency, tag ?? null);
      }
    },
  };
}
