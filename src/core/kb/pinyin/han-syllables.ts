import { pinyin } from 'pinyin-pro';

/**
 * Toneless pinyin, one syllable per Han character, read in context so
 * multi-reading characters come out right (银行 yin hang, 行走 xing zou).
 * ü is written v, as on every pinyin keyboard.
 */
export function hanSyllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', v: true });
}

// Documents share most of their words; reading each once keeps a full
// import of thousands of documents from spending seconds in pinyin-pro.
const cache = new Map<string, string[]>();
const cacheLimit = 200_000;

/** hanSyllables with a memo, for the import path. */
export function cachedHanSyllables(han: string): string[] {
  let syllables = cache.get(han);
  if (syllables === undefined) {
    syllables = hanSyllables(han);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(han, syllables);
  }
  return syllables;
}
