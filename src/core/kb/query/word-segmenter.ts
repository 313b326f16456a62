/**
 * Dictionary segmentation as jieba does it without its HMM: every
 * dictionary word found in a run of text is an edge of a DAG, and the cut
 * is the path of highest probability, a word's probability being its
 * frequency over the dictionary's total (1 for a character the dictionary
 * lacks). Runs of ASCII letters and digits stay whole; other characters
 * (punctuation, symbols) come out one by one and whitespace as it is.
 *
 * Implemented here instead of calling jieba-rs compiled to WebAssembly:
 * that build always loads its full 350,000-word dictionary into 60 MB of
 * WebAssembly memory (plus its compiled code), more than the whole memory
 * budget of the seat's knowledge base. The same algorithm over a smaller
 * dictionary (general-words.ts) takes a few MB. Where the two differ is
 * where jieba's HMM would guess a new word from characters no dictionary
 * word covers; the query pipeline handles single characters anyway (as
 * prefixes, and as the trace of a typo).
 */
export class WordSegmenter {
  /**
   * Words with their frequencies, and (with 0) the beginnings of longer
   * words, as jieba keeps them: looking for words from a position stops
   * at the first piece that begins no word.
   */
  private readonly frequencies = new Map<string, number>();
  private logTotal = 0;
  private total = 0;

  /** Adds a word or sets its frequency (jieba's add_word: the total follows). */
  addWord(word: string, frequency: number): void {
    if (frequency <= 0) return;
    const previous = this.frequencies.get(word) ?? 0;
    this.frequencies.set(word, frequency);
    this.total += frequency - previous;
    this.logTotal = Math.log(this.total);
    for (let end = word.length - 1; end > 0; end -= 1) {
      const beginning = word.slice(0, end);
      if (this.frequencies.has(beginning)) break;
      this.frequencies.set(beginning, 0);
    }
  }

  has(word: string): boolean {
    return (this.frequencies.get(word) ?? 0) > 0;
  }

  /** Splits text into words; concatenated they give the text back. */
  cut(text: string): string[] {
    const words: string[] = [];
    for (const block of text.match(blockPattern) ?? []) {
      if (wordBlock.test(block)) this.cutBlock(block, words);
      else if (/^\s+$/u.test(block)) words.push(block);
      else words.push(...Array.from(block));
    }
    return words;
  }

  /** The cut, plus the dictionary's 2- and 3-character words inside each longer word, before it (jieba's search mode). */
  cutForSearch(text: string): string[] {
    const words: string[] = [];
    for (const word of this.cut(text)) {
      const chars = Array.from(word);
      for (const size of [2, 3]) {
        if (chars.length <= size) continue;
        for (let start = 0; start + size <= chars.length; start += 1) {
          const inner = chars.slice(start, start + size).join('');
          if (this.has(inner)) words.push(inner);
        }
      }
      words.push(word);
    }
    return words;
  }

  /** A run of Han characters, letters and digits: the dictionary path through it. */
  private cutBlock(block: string, words: string[]): void {
    const chars = Array.from(block);
    const route = this.bestRoute(chars, this.wordsFrom(chars, block));
    let latin = '';
    for (let start = 0; start < chars.length; ) {
      const end = route[start]!;
      const word = chars.slice(start, end).join('');
      // Letters and digits the dictionary does not join stay one word (ETC, 12345).
      if (end - start === 1 && /^[a-z0-9]$/i.test(word)) {
        latin += word;
      } else {
        if (latin !== '') words.push(latin);
        latin = '';
        words.push(word);
      }
      start = end;
    }
    if (latin !== '') words.push(latin);
  }

  /**
   * For each position, the dictionary words starting there as [end
   * (exclusive), frequency]; the lone character (frequency 1) when none.
   */
  private wordsFrom(chars: readonly string[], block: string): [end: number, frequency: number][][] {
    // Where each character starts in the block, so candidates are slices (flat strings, quick to look up).
    const offsets = new Array<number>(chars.length + 1);
    offsets[0] = 0;
    for (let index = 0; index < chars.length; index += 1) offsets[index + 1] = offsets[index]! + chars[index]!.length;
    return chars.map((_, start) => {
      const words: [number, number][] = [];
      for (let end = start + 1; end <= chars.length; end += 1) {
        const frequency = this.frequencies.get(block.slice(offsets[start], offsets[end]));
        if (frequency === undefined) break;
        if (frequency > 0) words.push([end, frequency]);
      }
      if (words.length === 0) words.push([start + 1, 1]);
      return words;
    });
  }

  /** For each position, where the most probable cut's next word ends; ties go to the longer word, as in jieba. */
  private bestRoute(chars: readonly string[], wordsFrom: readonly [number, number][][]): number[] {
    const next = new Array<number>(chars.length);
    const logProbability = new Float64Array(chars.length + 1);
    for (let start = chars.length - 1; start >= 0; start -= 1) {
      let best = Number.NEGATIVE_INFINITY;
      let bestEnd = start + 1;
      for (const [end, frequency] of wordsFrom[start]!) {
        const score = Math.log(frequency) - this.logTotal + logProbability[end]!;
        if (score >= best) {
          best = score;
          bestEnd = end;
        }
      }
      logProbability[start] = best;
      next[start] = bestEnd;
    }
    return next;
  }
}

// jieba's blocks: runs of Han characters, letters, digits and + # & . _ % -
// are segmented; whitespace runs and every other character stand alone.
const wordCharacters = '\\p{Script=Han}a-zA-Z0-9+#&._%\\-';
const blockPattern = new RegExp(`[${wordCharacters}]+|\\s+|[^${wordCharacters}\\s]+`, 'gu');
const wordBlock = new RegExp(`^[${wordCharacters}]+$`, 'u');
