import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { KnowledgeIndex } from '../index/knowledge-index';
import { importDocuments, importDocumentsInSlices, type DocumentSourceList, type SliceOptions } from './import-documents';
import type { ImportProgressListener, ImportReport } from './import-report';
import { listDocumentFiles } from './list-document-files';
import { NotAFolderError } from './not-a-folder-error';
import { readDocumentFile } from './read-document-file';

/** Imports every document under a folder; paths in the report are relative to it. */
export function importFolder(index: KnowledgeIndex, folder: string, onProgress?: ImportProgressListener): ImportReport {
  return importDocuments(index, folderSources(folder), onProgress);
}

/** The same, in time slices (see importDocumentsInSlices). */
export function importFolderInSlices(index: KnowledgeIndex, folder: string, slices: SliceOptions, onProgress?: ImportProgressListener): Promise<ImportReport> {
  return importDocumentsInSlices(index, folderSources(folder), slices, onProgress);
}

/** Every document file under the folder, read one at a time as the import asks for it. */
function folderSources(folder: string): DocumentSourceList {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new NotAFolderError(folder);
  }
  const files = listDocumentFiles(folder);
  return {
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
  };
}
