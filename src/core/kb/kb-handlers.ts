import type { Database } from 'better-sqlite3';
import { ContractError } from '../../shared/contract/contract-error';
import type { Handlers } from '../contract/dispatcher';
import { NotAFolderError } from './knowledge-base';
import { readLastImport } from './last-import-record';
import type { SeatKnowledgeBase } from './seat-knowledge-base';

type KbMethod = 'kb.search' | 'kb.get' | 'kb.import' | 'kb.zeroResults' | 'kb.status';

/**
 * The knowledge-base methods of the contract. Every call waits for the
 * knowledge base to be loaded (and filled on a first start), so the first
 * search of a new seat sees the shipped documents, not an empty index.
 */
export function createKbHandlers(knowledgeBase: SeatKnowledgeBase, db: Database): Pick<Handlers, KbMethod> {
  return {
    'kb.search': async ({ query, ...options }) => (await knowledgeBase.ready()).search(query, options),

    'kb.get': async ({ id, query }) => {
      const kb = await knowledgeBase.ready();
      const view = kb.getDocument(id, { query });
      if (!view) return null;
      // Named field by field: the engine's view also carries the plain-text
      // rendition and its ranges, which the preview does not need.
      return {
        id: view.id,
        title: view.title,
        docNumber: view.docNumber,
        authority: view.authority,
        category: view.category,
        district: view.district,
        status: view.status,
        effectiveFrom: view.effectiveFrom,
        effectiveTo: view.effectiveTo,
        expired: view.expired,
        notYetEffective: view.notYetEffective,
        keywords: view.keywords,
        questions: view.questions,
        body: view.body,
        format: view.format,
        needsReview: view.needsReview,
        version: view.version,
        updatedAt: view.updatedAt,
        titleHighlights: view.titleHighlights,
        bodyHighlights: view.bodySourceHighlights,
        history: kb.getDocumentHistory(id).map(({ version, contentHash, sourcePath, importedAt }) => ({
          version,
          contentHash,
          sourcePath,
          importedAt,
        })),
      };
    },

    'kb.import': async ({ folder }) => {
      try {
        return await knowledgeBase.importFolder(folder);
      } catch (error) {
        if (!(error instanceof NotAFolderError)) throw error;
        throw new ContractError({
          code: 'invalid_input',
          method: 'kb.import',
          message: `kb.import: folder: ${error.message}`,
          issues: [{ path: 'folder', reason: 'is not a folder on this computer' }],
        });
      }
    },

    'kb.zeroResults': async ({ limit }) => (await knowledgeBase.ready()).topZeroResultQueries(limit),

    'kb.status': async () => {
      const kb = await knowledgeBase.ready();
      return {
        documentCount: kb.documentCount(),
        lastImport: readLastImport(db),
        importRunning: knowledgeBase.importRunning(),
        problems: [...kb.resourceProblems(), ...knowledgeBase.startupProblems()],
      };
    },
  };
}
