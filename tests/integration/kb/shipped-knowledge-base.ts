import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/core/kb/knowledge-base';
import type { ImportReport } from '../../../src/core/kb/import/import-report';

export const kbResourcesDir = fileURLToPath(new URL('../../../resources/kb', import.meta.url));
export const kbDocsDir = join(kbResourcesDir, 'docs');
export const relevanceQueriesPath = fileURLToPath(new URL('../../fixtures/kb/queries.tsv', import.meta.url));
export const relevanceQrelsPath = fileURLToPath(new URL('../../fixtures/kb/qrels.txt', import.meta.url));

/** The demo knowledge base imported into a real SQLite file in `dir`. */
export function importShippedKnowledgeBase(dir: string): { kb: KnowledgeBase; report: ImportReport; close: () => void } {
  const db = openSeatDatabase(join(dir, 'seat.sqlite'));
  const kb = createKnowledgeBase(db, { resourcesDir: kbResourcesDir });
  const report = kb.importFolder(kbDocsDir);
  return { kb, report, close: () => db.close() };
}
