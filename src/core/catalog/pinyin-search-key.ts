import { pinyin } from 'pinyin-pro';

export interface PinyinSearchKey {
  /** Toneless full pinyin, lower case, syllables run together: "gongrezhongguancun". */
  pinyin: string;
  /** The first letter of each syllable: "grzgc". */
  initials: string;
}

/**
 * Matches the way operators type pinyin: toneless, ü as v (lv for 绿),
 * Latin letters and digits kept as they are. Each text of an entry (its
 * name, short name, keywords) becomes one term and the terms are joined
 * with a single space, so a search never matches across two of them.
 * pinyin-pro reads each text in context, which picks the right reading of
 * multi-reading characters (银行 yinhang, 行长 hangzhang).
 */
export function pinyinSearchKey(texts: readonly string[]): PinyinSearchKey {
  const full: string[] = [];
  const initials: string[] = [];
  for (const text of new Set(texts)) {
    let termFull = '';
    let termInitials = '';
    for (const item of pinyin(text.normalize('NFKC'), { toneType: 'none', type: 'all', v: true })) {
      if (item.isZh) {
        termFull += item.pinyin;
        termInitials += item.pinyin.charAt(0);
      } else {
        const kept = item.origin.toLowerCase().replace(/[^a-z0-9]/g, '');
        termFull += kept;
        termInitials += kept;
      }
    }
    if (termFull === '') continue;
    full.push(termFull);
    initials.push(termInitials);
  }
  return { pinyin: full.join(' '), initials: initials.join(' ') };
}
