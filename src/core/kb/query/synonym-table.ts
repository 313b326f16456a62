import { normalizeText } from '../../../shared/text/normalize-text';

/**
 * The editable synonym list (resources/kb/synonyms.txt), one rule a line:
 *   社保 = 社会保险 = 五险        equivalent terms, each finds the others
 *   暂住证 -> 居住证              one-way: searching the left finds the right,
 *                                 not the other way round (`=>` also works)
 *   暂住证, 临时居住证 -> 居住证  several left terms at once
 *   # comment
 * Expansion is one step, as the file's own header promises: a term finds
 * the terms on its lines, not their synonyms in turn — chains of
 * "equivalents" drift in meaning quickly. Terms are normalized the way
 * queries are.
 */
export interface SynonymTable {
  /** Terms to search in addition to `term` (not including it). */
  expansions(term: string): readonly string[];
  /** Every term that appears in the list, for the segmenter's dictionary. */
  terms(): readonly string[];
}

export interface SynonymProblem {
  line: number;
  message: string;
}

export interface ParsedSynonyms {
  table: SynonymTable;
  problems: SynonymProblem[];
}

export function parseSynonyms(source: string): ParsedSynonyms {
  const problems: SynonymProblem[] = [];
  const expansions = new Map<string, Set<string>>();
  const allTerms = new Set<string>();
  const add = (from: string, to: string) => {
    allTerms.add(from).add(to);
    if (from === to) return;
    let set = expansions.get(from);
    if (!set) expansions.set(from, (set = new Set()));
    set.add(to);
  };
  source
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((rawLine, index) => {
      const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') return;
      const arrow = /\s*(?:->|=>|→)\s*/;
      if (arrow.test(line)) {
        const sides = line.split(arrow);
        const left = splitTerms(sides[0] ?? '');
        const right = splitTerms(sides[1] ?? '');
        if (sides.length !== 2 || left.length === 0 || right.length === 0) {
          problems.push({ line: index + 1, message: `expected "term -> term": ${rawLine.trim()}` });
          return;
        }
        for (const from of left) for (const to of right) add(from, to);
        return;
      }
      const terms = splitTerms(line.replaceAll('=', ','));
      if (terms.length < 2) {
        problems.push({ line: index + 1, message: `expected "term = term" or "term -> term": ${rawLine.trim()}` });
        return;
      }
      for (const from of terms) for (const to of terms) add(from, to);
    });
  return {
    problems,
    table: {
      expansions: (term) => [...(expansions.get(normalizeText(term).trim()) ?? [])],
      terms: () => [...allTerms],
    },
  };
}

export const emptySynonyms: SynonymTable = { expansions: () => [], terms: () => [] };

function splitTerms(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((term) => normalizeText(term).replace(/\s+/g, ' ').trim())
    .filter((term) => term !== '');
}
