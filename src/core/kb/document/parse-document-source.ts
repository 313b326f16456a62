import { extname } from 'node:path';
import { contentHash } from './content-hash';
import { docxToText } from './docx-to-text';
import { metadataFromFrontMatter, type DocumentMetadata } from './document-metadata';
import { DocumentFormatError } from './document-format-error';
import { htmlToText } from './html-to-text';
import { inferMetadata } from './infer-metadata';
import type { KbFormat, ParsedKbDocument } from './kb-document';
import { markdownToText } from './markdown-to-text';
import { readYamlMetadata } from './read-yaml-metadata';
import { splitFrontMatter } from './split-front-matter';

/**
 * One document as it arrives — from a folder today, from the center later —
 * before parsing. `sidecar` is the text of `<name>.yml` next to a
 * .txt/.html/.docx file, if there is one.
 */
export interface DocumentSource {
  path: string;
  content: Uint8Array;
  sidecar?: string | null;
}

const formatsByExtension: Readonly<Record<string, KbFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

export function formatOfPath(path: string): KbFormat | null {
  return formatsByExtension[extname(path).toLowerCase()] ?? null;
}

/** Parses one document or throws a DocumentFormatError saying why it cannot be imported. */
export function parseDocumentSource(source: DocumentSource): ParsedKbDocument {
  const format = formatOfPath(source.path);
  if (format === null) throw new DocumentFormatError(`unsupported file type "${extname(source.path)}"`);
  const extracted = extractContent(source, format);
  const warnings = [...extracted.warnings];
  let metadata = extracted.metadata;
  let needsReview = false;
  if (metadata === null && source.sidecar != null) {
    const sidecar = readYamlMetadata(source.sidecar, 'the sidecar .yml');
    metadata = metadataFromFrontMatter(sidecar.frontMatter);
    warnings.push(...sidecar.warnings);
  }
  if (metadata === null) {
    if (format === 'markdown') {
      throw new DocumentFormatError('has no YAML front matter (--- id: … ---) and no sidecar .yml');
    }
    metadata = inferMetadata(source.path, extracted.title, extracted.bodyText);
    needsReview = true;
    warnings.push('no sidecar .yml: metadata inferred and flagged for review');
  }
  if (extracted.bodyText.trim() === '' && metadata.questions.length === 0) warnings.push('the body is empty');
  const content = { ...metadata, body: extracted.body, bodyText: extracted.bodyText, format, needsReview };
  return { ...content, sourcePath: source.path, contentHash: contentHash(content), warnings };
}

interface ExtractedContent {
  metadata: DocumentMetadata | null;
  title: string | null;
  body: string;
  bodyText: string;
  warnings: string[];
}

function extractContent(source: DocumentSource, format: KbFormat): ExtractedContent {
  switch (format) {
    case 'markdown': {
      const split = splitFrontMatter(decodeUtf8(source.content));
      const yaml = split.frontMatter === null ? null : readYamlMetadata(split.frontMatter, 'the front matter');
      const body = split.body.trim();
      return {
        metadata: yaml === null ? null : metadataFromFrontMatter(yaml.frontMatter),
        title: null,
        body,
        bodyText: markdownToText(body),
        warnings: yaml?.warnings ?? [],
      };
    }
    case 'text': {
      const text = decodeUtf8(source.content).replace(/\r\n?/g, '\n').trim();
      return { metadata: null, title: null, body: text, bodyText: text, warnings: [] };
    }
    case 'html': {
      const html = htmlToText(decodeUtf8(source.content));
      return { metadata: null, title: html.title, body: html.text, bodyText: html.text, warnings: [] };
    }
    case 'docx': {
      const docx = docxToText(Buffer.from(source.content.buffer, source.content.byteOffset, source.content.byteLength));
      return { metadata: null, title: docx.title, body: docx.text, bodyText: docx.text, warnings: [] };
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DocumentFormatError('is not valid UTF-8 text (save it as UTF-8, not GBK)');
  }
}
