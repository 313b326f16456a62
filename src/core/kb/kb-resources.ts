import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDomainDictionary } from './query/domain-dictionary';
import { emptySynonyms, parseSynonyms, type SynonymTable } from './query/synonym-table';
import type { DictionaryEntry } from './query/domain-dictionary';

/**
 * The editable data beside the documents: resources/kb/synonyms.txt and
 * resources/kb/dictionary.txt. Either may be missing (search still works);
 * a line that cannot be read is reported, not fatal.
 */
export interface KbResources {
  synonyms: SynonymTable;
  dictionary: DictionaryEntry[];
  problems: string[];
}

export function loadKbResources(resourcesDir: string | null): KbResources {
  const problems: string[] = [];
  if (resourcesDir === null) return { synonyms: emptySynonyms, dictionary: [], problems };
  const synonymsPath = join(resourcesDir, 'synonyms.txt');
  const dictionaryPath = join(resourcesDir, 'dictionary.txt');
  let synonyms = emptySynonyms;
  if (existsSync(synonymsPath)) {
    const parsed = parseSynonyms(readFileSync(synonymsPath, 'utf8'));
    synonyms = parsed.table;
    for (const problem of parsed.problems) problems.push(`${synonymsPath}:${problem.line}: ${problem.message}`);
  }
  let dictionary: DictionaryEntry[] = [];
  if (existsSync(dictionaryPath)) {
    const parsed = parseDomainDictionary(readFileSync(dictionaryPath, 'utf8'));
    dictionary = parsed.entries;
    for (const problem of parsed.problems) problems.push(`${dictionaryPath}:${problem.line}: ${problem.message}`);
  }
  return { synonyms, dictionary, problems };
}
