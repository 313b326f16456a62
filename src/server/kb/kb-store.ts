import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { KbChangesResponse, KbPublishedDocument } from '../../shared/sync/kb-changes-schemas';
import { nextCount } from '../store/counters';
import { prepareCached } from '../store/prepare-cached';

export interface KbSource {
  id: string;
  markdown: string;
}

export interface KbPublishReport {
  added: number;
  updated: number;
  unchanged: number;
}

interface KbRow {
  id: string;
  version: number;
  markdown: string;
  kb_change: number;
}

/**
 * The knowledge base as the center publishes it. Each publication of new
 * content bumps the document's version and takes the next number of the
 * `kb` counter in the same transaction, so "changes since a cursor" is a
 * range scan in publication order. Unchanged content publishes nothing.
 */
export class KbStore {
  constructor(private readonly db: Database) {}

  publish(sources: readonly KbSource[], now: number): KbPublishReport {
    const report: KbPublishReport = { added: 0, updated: 0, unchanged: 0 };
    const find = prepareCached<[string], { version: number; content_hash: string }>(
      this.db,
      'SELECT version, content_hash FROM kb_document WHERE id = ?',
    );
    const upsert = prepareCached(
      this.db,
      `INSERT INTO kb_document (id, version, markdown, content_hash, kb_change, published_at)
       VALUES (@id, @version, @markdown, @hash, @change, @now)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, markdown = excluded.markdown,
         content_hash = excluded.content_hash, kb_change = excluded.kb_change, published_at = excluded.published_at`,
    );
    this.db
      .transaction(() => {
        for (const source of sources) {
          const hash = createHash('sha256').update(source.markdown).digest('hex');
          const existing = find.get(source.id);
          if (existing?.content_hash === hash) {
            report.unchanged += 1;
            continue;
          }
          const version = (existing?.version ?? 0) + 1;
          upsert.run({ id: source.id, version, markdown: source.markdown, hash, change: nextCount(this.db, 'kb'), now });
          if (existing) report.updated += 1;
          else report.added += 1;
        }
      })
      .immediate();
    return report;
  }

  changes(since: number, limit: number): KbChangesResponse {
    const rows = prepareCached<[number, number], KbRow>(
      this.db,
      'SELECT id, version, markdown, kb_change FROM kb_document WHERE kb_change > ? ORDER BY kb_change LIMIT ?',
    ).all(since, limit + 1);
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const documents: KbPublishedDocument[] = page.map((row) => ({ id: row.id, version: row.version, markdown: row.markdown }));
    const last = page.at(-1);
    return { documents, cursor: last ? last.kb_change : since, hasMore };
  }
}
