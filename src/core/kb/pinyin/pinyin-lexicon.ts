import { matchPinyinLetters, type PinyinMatch } from './match-pinyin-letters';

/**
 * The pinyin table: every term worth typing in pinyin — document keywords,
 * words and word runs of titles, the domain dictionary, synonym terms —
 * with its syllables. It answers two questions fast, in memory:
 *   - which terms do these letters spell (gjj → 公积金)?
 *   - which known terms sound exactly like this text (公基金 → 公积金)?
 * Document terms are counted per document so popular terms win ties and a
 * term disappears when its last document does.
 */
export interface LexiconTerm {
  term: string;
  syllables: readonly string[];
  source: 'keyword' | 'title' | 'resource';
}

export interface LetterCandidate {
  term: string;
  match: PinyinMatch;
  weight: number;
}

interface Entry {
  term: string;
  syllables: readonly string[];
  keywordDocuments: number;
  titleDocuments: number;
  resource: boolean;
}

const matchRank: Record<PinyinMatch, number> = { full: 4, initials: 4, mixed: 3, partial: 2 };

export class PinyinLexicon {
  private readonly entries = new Map<string, Entry>();
  private readonly byFirstLetter = new Map<string, Set<Entry>>();
  private readonly bySound = new Map<string, Set<Entry>>();

  /** Loads stored terms with their document counts (from kb_term). */
  load(rows: Iterable<{ term: string; syllables: readonly string[]; keywordDocuments: number; titleDocuments: number }>): void {
    for (const row of rows) {
      const entry = this.entryFor({ term: row.term, syllables: row.syllables, source: 'title' });
      entry.keywordDocuments += row.keywordDocuments;
      entry.titleDocuments += row.titleDocuments;
    }
  }

  /** The syllables of a known term. */
  syllablesOf(term: string): readonly string[] | undefined {
    return this.entries.get(term)?.syllables;
  }

  add(terms: Iterable<LexiconTerm>): void {
    for (const term of terms) {
      const entry = this.entryFor(term);
      if (term.source === 'keyword') entry.keywordDocuments += 1;
      else if (term.source === 'title') entry.titleDocuments += 1;
      else entry.resource = true;
    }
  }

  remove(terms: Iterable<Pick<LexiconTerm, 'term' | 'source'>>): void {
    for (const term of terms) {
      const entry = this.entries.get(term.term);
      if (!entry) continue;
      if (term.source === 'keyword') entry.keywordDocuments = Math.max(0, entry.keywordDocuments - 1);
      else if (term.source === 'title') entry.titleDocuments = Math.max(0, entry.titleDocuments - 1);
      if (entry.keywordDocuments === 0 && entry.titleDocuments === 0 && !entry.resource) this.drop(entry);
    }
  }

  has(term: string): boolean {
    return this.entries.has(term);
  }

  /**
   * How much the documents use a term — keywords count more than title
   * words — plus its most used synonym, because searching 社保 also finds
   * the 社会保险 documents. 0 when the documents use neither.
   */
  documentWeight(term: string): number {
    return this.ownWeight(term) + Math.max(0, ...this.synonymsOf(term).map((synonym) => this.ownWeight(synonym)));
  }

  /** Synonyms are resolved by the caller's synonym table. */
  synonymsOf: (term: string) => readonly string[] = () => [];

  private ownWeight(term: string): number {
    const entry = this.entries.get(term);
    return entry ? entry.keywordDocuments * 2 + entry.titleDocuments : 0;
  }

  /**
   * Terms the letters spell, best first: complete matches before a still
   * being typed one, then terms the documents use most. Only terms some
   * document uses are returned; a dictionary word alone finds nothing.
   */
  spelledBy(letters: string, options: { allowUntyped: boolean; limit: number }): LetterCandidate[] {
    const bucket = this.byFirstLetter.get(letters[0] ?? '');
    if (!bucket) return [];
    const found: (LetterCandidate & { rank: number })[] = [];
    for (const entry of bucket) {
      // The letters rule out most of the bucket: test them before weighing
      // the term, which resolves its synonyms (half of a type-ahead search's
      // time when weighed first, in the kb bench's CPU profile).
      const match = matchPinyinLetters(letters, entry.syllables, options.allowUntyped);
      if (match === null) continue;
      const weight = this.documentWeight(entry.term);
      if (weight === 0) continue;
      found.push({ term: entry.term, match, weight, rank: matchRank[match] });
    }
    found.sort((a, b) => b.rank - a.rank || b.weight - a.weight || a.term.length - b.term.length);
    const bestRank = found[0]?.rank ?? 0;
    return found
      .filter((candidate) => candidate.rank === bestRank)
      .slice(0, options.limit)
      .map(({ term, match, weight }) => ({ term, match, weight }));
  }

  /** Known terms with exactly these toneless syllables, other than `term` itself, most used first. */
  soundsLike(term: string, syllables: readonly string[]): string[] {
    const same = this.bySound.get(syllables.join(' '));
    if (!same) return [];
    return [...same]
      .filter((entry) => entry.term !== term)
      .sort((a, b) => this.documentWeight(b.term) - this.documentWeight(a.term))
      .map((entry) => entry.term);
  }

  private entryFor(term: LexiconTerm): Entry {
    let entry = this.entries.get(term.term);
    if (entry) return entry;
    entry = { term: term.term, syllables: term.syllables, keywordDocuments: 0, titleDocuments: 0, resource: false };
    this.entries.set(term.term, entry);
    const first = term.syllables[0]?.[0];
    if (first !== undefined) setFor(this.byFirstLetter, first).add(entry);
    setFor(this.bySound, term.syllables.join(' ')).add(entry);
    return entry;
  }

  private drop(entry: Entry): void {
    this.entries.delete(entry.term);
    this.byFirstLetter.get(entry.syllables[0]?.[0] ?? '')?.delete(entry);
    this.bySound.get(entry.syllables.join(' '))?.delete(entry);
  }
}

function setFor<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}
