import Database from 'better-sqlite3';
import { statSync } from 'node:fs';

/**
 * What the knowledge base costs on disk, from SQLite's dbstat table (bytes
 * of pages per table and index): the FTS5 index (kb_fts and its shadow
 * tables), the pinyin table, and the whole database file — which also
 * holds the documents themselves.
 */
export interface IndexSize {
  ftsBytes: number;
  pinyinTableBytes: number;
  documentTablesBytes: number;
  fileBytes: number;
}

export function measureIndexSize(databasePath: string): IndexSize {
  const db = new Database(databasePath, { readonly: true });
  try {
    const pages = db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
    const sum = (test: (name: string) => boolean) => pages.filter((page) => test(page.name)).reduce((total, page) => total + page.bytes, 0);
    return {
      ftsBytes: sum((name) => name.startsWith('kb_fts')),
      pinyinTableBytes: sum((name) => name.startsWith('kb_term')),
      documentTablesBytes: sum((name) => name.startsWith('kb_document') || name.startsWith('sqlite_autoindex_kb_document')),
      fileBytes: statSync(databasePath).size,
    };
  } finally {
    db.close();
  }
}
