import type { TermGroup } from './match-expression';

/** What a query was understood as, before any SQL runs. */
export interface QueryPlan {
  /** The normalized, length-capped query text. */
  normalized: string;
  kind: 'empty' | 'text' | 'pinyin';
  /** The words searched (after stop words, districts and pinyin resolution), for display and highlighting. */
  words: string[];
  /** One group per word: the word and its synonyms. */
  groups: TermGroup[];
  /**
   * The widened query, OR-ed and ranked below the strict one. For text: each
   * word may also match by the shorter words inside it (非京籍入学 → 非京籍,
   * 入学), used when the strict query finds too little. For pinyin: the
   * other terms the letters may spell (sb: 社保 first, then 设备 …), always
   * searched.
   */
  widerGroups: TermGroup[];
  /** Everything worth highlighting in results: words and the synonyms that were searched. */
  highlightTerms: string[];
  /** A district the query names (朝阳 → 朝阳区): its documents and city-wide ones are preferred. */
  district: string | null;
}
