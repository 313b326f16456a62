import { normalizeText } from '../../../shared/text/normalize-text';
import { cityWideDistrict, type KbDocumentContent } from '../document/kb-document';
import { documentTokenText } from './bigram-tokens';

/**
 * What goes into the three FTS5 columns for one document, as our own
 * pre-tokenized text: title; terms (keywords, the questions it answers,
 * document number, authority, district); body (plain text).
 *
 * Synonyms are not written here: they are expanded at query time, so an
 * editor's change to synonyms.txt works at once without re-indexing.
 */
export interface FtsRow {
  title: string;
  terms: string;
  body: string;
}

export function ftsRow(document: KbDocumentContent): FtsRow {
  const termSources = [
    ...document.keywords,
    ...document.questions,
    document.docNumber ?? '',
    document.authority,
    document.district === cityWideDistrict ? '' : document.district,
  ];
  return {
    title: documentTokenText(normalizeText(document.title)),
    terms: termSources.map((source) => documentTokenText(normalizeText(source))).filter((tokens) => tokens !== '').join(' '),
    body: documentTokenText(normalizeText(document.bodyText)),
  };
}
