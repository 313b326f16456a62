import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { KnowledgeIndex } from '../index/knowledge-index';
import { importDocuments } from './import-documents';
import type { ImportProgressListener, ImportReport } from './import-report';
import { listDocumentFiles } from './list-document-files';
import { readDocumentFile } from './read-document-file';

/** Imports every document under a folder; paths in the report are relative to it. */
export function importFolder(index: KnowledgeIndex, folder: string, onProgress?: ImportProgressListener): ImportReport {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${folder} is not a folder`);
  }
  const files = listDocumentFiles(folder);
  return importDocuments(
    index,
    {
      total: files.length,
      *sources() {
        for (const file of files) {
          const displayPath = relative(folder, file);
          try {
            yield readDocumentFile(file, displayPath);
          } catch (error) {
            yield { path: displayPath, error: error instanceof Error ? error : new Error(String(error)) };
          }
        }
      },
    },
    onProgress,
  );
}
