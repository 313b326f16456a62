import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { DocumentSource } from '../document/parse-document-source';

/** Reads a document and, for formats without front matter, its sidecar `<name>.yml` (or `.yaml`). */
export function readDocumentFile(path: string, displayPath: string): DocumentSource {
  const content = readFileSync(path);
  const isMarkdown = /^\.(md|markdown)$/i.test(extname(path));
  const stem = join(dirname(path), basename(path, extname(path)));
  const sidecarPath = [`${stem}.yml`, `${stem}.yaml`].find((candidate) => existsSync(candidate));
  return {
    path: displayPath,
    content,
    // Markdown carries its own front matter but may still use a sidecar when it has none.
    sidecar: sidecarPath && (!isMarkdown || !content.subarray(0, 8).toString('utf8').replace(/^\ufeff/, '').startsWith('---'))
      ? readFileSync(sidecarPath, 'utf8')
      : null,
  };
}
