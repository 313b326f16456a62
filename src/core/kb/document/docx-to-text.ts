import { DocumentFormatError } from './document-format-error';
import { decodeEntities } from './html-entities';
import { readZipMember } from './zip-entries';

export interface DocxText {
  /** dc:title from the document properties, else the first Title/Heading 1 paragraph. */
  title: string | null;
  text: string;
}

/**
 * The text of a Word document, paragraph by paragraph, read straight from
 * word/document.xml. Formatting, images and embedded objects are ignored;
 * that is all search and snippets need. (A fuller reader such as mammoth
 * could replace this behind the same signature.)
 */
export function docxToText(archive: Buffer): DocxText {
  const documentXml = readZipMember(archive, 'word/document.xml');
  if (!documentXml) throw new DocumentFormatError('not a Word document: word/document.xml is missing');
  const xml = documentXml.toString('utf8');
  const paragraphs: { style: string | null; text: string }[] = [];
  for (const match of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = match[1] ?? '';
    const style = /<w:pStyle\b[^>]*w:val="([^"]*)"/.exec(inner)?.[1] ?? null;
    paragraphs.push({ style, text: paragraphText(inner) });
  }
  const text = paragraphs
    .map((paragraph) => paragraph.text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: propertiesTitle(archive) ?? headingTitle(paragraphs), text };
}

function paragraphText(paragraphXml: string): string {
  let text = '';
  for (const match of paragraphXml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
    if (match[1] !== undefined) text += decodeEntities(match[1]);
    else text += match[2] === 'tab' ? '\t' : '\n';
  }
  return text.trim();
}

function propertiesTitle(archive: Buffer): string | null {
  const core = readZipMember(archive, 'docProps/core.xml');
  if (!core) return null;
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core.toString('utf8'))?.[1];
  const decoded = title === undefined ? '' : decodeEntities(title).trim();
  return decoded === '' ? null : decoded;
}

function headingTitle(paragraphs: readonly { style: string | null; text: string }[]): string | null {
  const heading = paragraphs.find((paragraph) => paragraph.text !== '' && /^(title|heading1|1)$/i.test(paragraph.style ?? ''));
  return heading?.text ?? null;
}
