import { parseDocumentSource } from '../../src/core/kb/document/parse-document-source';
import type { RelevanceQuery } from '../../src/core/kb/eval/relevance-set';
import { generateSubstringProbes } from '../../src/core/kb/eval/substring-queries';
import type { CorpusDocument } from './corpus/generate-corpus';
import { SeededRandom } from './seeded-random';
import { typedKeystrokes } from './type-ahead';

/**
 * The queries every engine answers, built once in the parent process so
 * Seat and the peers see exactly the same strings:
 * - multiChar: the relevance set's queries of 2+ characters (titles,
 *   keywords, colloquial questions, synonyms, pinyin, initials, traditional,
 *   typos, district, expired traps) plus generated ones drawn from the
 *   corpus — keywords, 2–6 character substrings of titles and bodies (the
 *   exact-substring probes of src/core/kb/eval), and the questions
 *   documents answer.
 * - singleChar: the relevance set's single characters, the first
 *   characters of keywords (what an operator types first) and characters
 *   drawn by their frequency in the text (的, 办, 申 … the costly ones).
 * - typeAhead: strings of 6+ characters typed one character at a time;
 *   each prefix is a search with asYouType.
 */
export interface QuerySets {
  multiChar: string[];
  singleChar: string[];
  typeAhead: string[];
}

export function buildQuerySets(documents: readonly CorpusDocument[], relevance: readonly RelevanceQuery[], seed: number): QuerySets {
  const random = new SeededRandom(seed);
  const parsed = documents.map((document) => parseDocumentSource({ path: document.fileName, content: Buffer.from(document.markdown) }));
  const keywords = [...new Set(parsed.flatMap((document) => document.keywords))].sort();
  const questions = [...new Set(parsed.flatMap((document) => document.questions))].sort();
  const titles = parsed.map((document) => document.title);
  // What an operator types: words and phrases, not spans with punctuation or line breaks.
  const probes = generateSubstringProbes(
    parsed.map((document) => ({ id: document.id, title: document.title, bodyText: document.bodyText })),
    600,
    seed,
  )
    .map((probe) => probe.query)
    .filter((query) => /^[\p{Script=Han}\p{L}\p{N}]+$/u.test(query))
    .slice(0, 150);

  const multiChar = [
    ...relevance.filter((query) => Array.from(query.query.trim()).length >= 2).map((query) => query.query),
    ...random.sample(keywords, 75),
    ...probes,
    ...random.sample(questions, 75),
  ];

  const hanChars = parsed.flatMap((document) => random.sample(Array.from(document.bodyText.replace(/[^\p{Script=Han}]/gu, '')), 3));
  const singleChar = [
    ...relevance.filter((query) => Array.from(query.query.trim()).length === 1).map((query) => query.query),
    ...random.sample(keywords, 40).map((keyword) => Array.from(keyword)[0]!),
    ...Array.from({ length: 40 }, () => random.pick(hanChars)),
  ];

  const startsWithHan = new RegExp(`^\\p{Script=Han}{${typedKeystrokes}}`, 'u');
  const typeable = (text: string) => startsWithHan.test(text);
  const typeAhead = [
    ...random.sample(keywords.filter(typeable), 40),
    ...random.sample(questions.filter(typeable), 30),
    ...random.sample(titles.filter(typeable), 30),
  ];
  return { multiChar, singleChar, typeAhead };
}

