/**
 * One catalog node as the pickers search it: names and keywords folded once
 * (NFKC, lower case) and the pinyin keys the core made for it, so a query is
 * a few string comparisons per entry, fast enough to run on every keystroke
 * over the ~2,300 categories, places and units.
 */
export interface PickerEntry {
  id: string;
  name: string;
  /** Names from the root down to this entry: 城乡建设与住房 / 物业管理 / 物业收费. */
  path: readonly string[];
  parentId: string | null;
  leaf: boolean;
  /** Document order, the tie-breaker, so equal scores keep the catalog's own order. */
  order: number;
  folded: {
    name: string;
    keywords: readonly string[];
    ancestors: readonly string[];
    /** One term per text of the entry, its own name first (catalog-view's searchKeys). */
    pinyin: readonly string[];
    initials: readonly string[];
  };
}

export interface PickerEntryInput {
  id: string;
  name: string;
  keywords: readonly string[];
  path: readonly string[];
  parentId: string | null;
  leaf: boolean;
  order: number;
  searchKeys: { pinyin: string; initials: string } | undefined;
}

export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "gongre nuanqi" → ["gongre", "nuanqi"]: a query matches within one term, never across two. */
const terms = (keys: string | undefined) => (keys ?? '').toLowerCase().split(' ').filter(Boolean);

export function makePickerEntry(input: PickerEntryInput): PickerEntry {
  return {
    id: input.id,
    name: input.name,
    path: input.path,
    parentId: input.parentId,
    leaf: input.leaf,
    order: input.order,
    folded: {
      name: foldForSearch(input.name),
      keywords: input.keywords.map(foldForSearch),
      ancestors: input.path.slice(0, -1).map(foldForSearch),
      pinyin: terms(input.searchKeys?.pinyin),
      initials: terms(input.searchKeys?.initials),
    },
  };
}

/** How well one typed word fits an entry; 0 is no match. Its own name beats its keywords beats its parents. */
function termScore(entry: PickerEntry, term: string): number {
  const { name, keywords, ancestors, pinyin, initials } = entry.folded;
  if (name === term) return 100;
  if (name.startsWith(term)) return 80;
  if (name.includes(term)) return 60;
  if (keywords.includes(term)) return 55;
  if (keywords.some((keyword) => keyword.includes(term))) return 40;
  if (/^[a-z]+$/.test(term)) {
    // The entry's own name is the first term; its keywords follow.
    if (initials[0]?.startsWith(term)) return 50;
    if (pinyin[0]?.startsWith(term)) return 45;
    if (initials.some((key) => key.startsWith(term))) return 35;
    if (pinyin.some((key) => key.startsWith(term))) return 32;
    if (initials.some((key) => key.includes(term))) return 25;
    if (pinyin.some((key) => key.includes(term))) return 22;
  }
  if (/^\d+$/.test(term) && entry.id.startsWith(term)) return 50;
  if (ancestors.some((ancestor) => ancestor.includes(term))) return 15;
  return 0;
}

export interface SearchOptions {
  limit: number;
  /** Extra points (recently used, in the caller's district). */
  boost?: (entry: PickerEntry) => number;
}

/** Entries matching every word of the query, best first. */
export function searchPickerEntries(entries: readonly PickerEntry[], query: string, options: SearchOptions): PickerEntry[] {
  const terms = foldForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const scored: { entry: PickerEntry; score: number }[] = [];
  for (const entry of entries) {
    let score = 0;
    for (const term of terms) {
      const points = termScore(entry, term);
      if (points === 0) {
        score = 0;
        break;
      }
      score += points;
    }
    if (score > 0) scored.push({ entry, score: score + (options.boost?.(entry) ?? 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return scored.slice(0, options.limit).map(({ entry }) => entry);
}
