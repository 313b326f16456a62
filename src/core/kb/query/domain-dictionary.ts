import { normalizeText } from '../../../shared/text/normalize-text';

/**
 * The domain dictionary for segmentation (resources/kb/dictionary.txt), in
 * jieba's user-dictionary format: `word [frequency] [part-of-speech]` per
 * line, `#` comments. Words are normalized like queries so a traditional
 * entry still segments simplified input.
 */
export interface DictionaryEntry {
  word: string;
  frequency: number | null;
  tag: string | null;
}

export interface ParsedDictionary {
  entries: DictionaryEntry[];
  problems: { line: number; message: string }[];
}

export function parseDomainDictionary(source: string): ParsedDictionary {
  const entries: DictionaryEntry[] = [];
  const problems: { line: number; message: string }[] = [];
  source
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((rawLine, index) => {
      const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') return;
      const [rawWord, second, third] = line.split(/\s+/);
      const word = normalizeText(rawWord ?? '').trim();
      if (word === '') return;
      let frequency: number | null = null;
      let tag: string | null = null;
      if (second !== undefined && /^\d+$/.test(second)) {
        frequency = Number(second);
        tag = third ?? null;
      } else if (second !== undefined) {
        if (third !== undefined) problems.push({ line: index + 1, message: `expected "word [frequency] [tag]": ${rawLine.trim()}` });
        tag = second;
      }
      entries.push({ word, frequency, tag });
    });
  return { entries, problems };
}
