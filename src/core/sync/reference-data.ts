import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { CatalogKeeper } from '../catalog/catalog-keeper';
import type { SeatKnowledgeBase } from '../kb/seat-knowledge-base';
import type { CenterClient } from './center-client';
import type { SyncStore } from './sync-store';

export interface ReferenceDataContext {
  client: CenterClient;
  token: () => Promise<string>;
  store: SyncStore;
  catalogs: CatalogKeeper | null;
  knowledgeBase: SeatKnowledgeBase | null;
}

// Documents per import call: one call blocks searches for a few milliseconds each.
const kbImportChunk = 10;

/**
 * The catalog and the knowledge base the center publishes, applied through
 * the same code as the seat's own files: the keeper validates a catalog
 * and keeps the last good one; the KB import versions changed documents.
 * The catalog ETag lives in memory: after a restart one full fetch is cheap.
 */
export function createReferenceDataSync(context: ReferenceDataContext) {
  let catalogEtag: string | null = null;
  return async function syncReferenceData(): Promise<void> {
    const { client, store } = context;
    if (context.catalogs) {
      const fetched = await client.catalog(await context.token(), catalogEtag);
      if (fetched.changed) {
        context.catalogs.offer(fetched.document, 'center');
        catalogEtag = fetched.etag;
      }
    }
    if (context.knowledgeBase) {
      for (;;) {
        const page = await client.kbChanges(await context.token(), store.kbCursor());
        const sources = page.documents.map((document) => ({ path: `${document.id}.md`, content: new TextEncoder().encode(document.markdown) }));
        for (let start = 0; start < sources.length; start += kbImportChunk) {
          await context.knowledgeBase.importFromCenter(sources.slice(start, start + kbImportChunk));
          await yieldToOthers();
        }
        store.setKbCursor(page.cursor);
        if (!page.hasMore) break;
      }
    }
  };
}
