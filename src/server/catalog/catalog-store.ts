import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { indexCatalog, type CatalogIndex } from '../../shared/catalog/catalog-index';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import { indexRoutingRules, type RoutingIndex } from '../../shared/routing/routing-index';
import { prepareCached } from '../store/prepare-cached';

/** The catalog in force, with its lookups built once per version. */
export interface PublishedCatalog {
  version: string;
  /** A strong ETag over the stored JSON text, for If-None-Match. */
  etag: string;
  /** The document exactly as served: serialized once, not per request (it is hundreds of kB). */
  json: string;
  publishedAt: number;
  catalog: Catalog;
  index: CatalogIndex;
  routing: RoutingIndex;
}

interface CatalogRow {
  version: string;
  document: string;
  etag: string;
  published_at: number;
}

/**
 * Every published catalog is kept (tickets name the version they were
 * classified with); the newest is in force. The caller validates a
 * catalog before publishing it (validateCatalog, all or nothing).
 */
export class CatalogStore {
  private cached: PublishedCatalog | null = null;

  constructor(private readonly db: Database) {}

  current(): PublishedCatalog {
    if (this.cached) return this.cached;
    const row = prepareCached<[], CatalogRow>(this.db, 'SELECT version, document, etag, published_at FROM catalog ORDER BY seq DESC LIMIT 1').get();
    if (!row) throw new Error('no catalog has been published on this center');
    this.cached = published(row, JSON.parse(row.document) as Catalog);
    return this.cached;
  }

  has(version: string): boolean {
    return prepareCached(this.db, 'SELECT 1 FROM catalog WHERE version = ?').get(version) !== undefined;
  }

  publish(catalog: Catalog, now: number): PublishedCatalog {
    const document = JSON.stringify(catalog);
    const row: CatalogRow = { version: catalog.version, document, etag: etagOf(document), published_at: now };
    prepareCached(this.db, 'INSERT INTO catalog (version, document, etag, published_at) VALUES (@version, @document, @etag, @published_at)')
      .run(row);
    this.cached = published(row, catalog);
    return this.cached;
  }
}

function published(row: CatalogRow, catalog: Catalog): PublishedCatalog {
  const index = indexCatalog(catalog);
  return {
    version: row.version,
    etag: row.etag,
    json: row.document,
    publishedAt: row.published_at,
    catalog,
    index,
    routing: indexRoutingRules(catalog, index),
  };
}

function etagOf(document: string): string {
  return `"${createHash('sha256').update(document).digest('base64url').slice(0, 27)}"`;
}
