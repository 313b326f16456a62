import type { Database } from 'better-sqlite3';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import { validateCatalog, type CatalogValidation } from '../../shared/catalog/validate-catalog';
import type { CatalogSource } from './catalog-source';

/** Where an applied catalog came from; 'database' is only ever how it was read back. */
export type AppliedCatalogSource = Exclude<CatalogSource, 'database'>;

/**
 * Where the last good catalog lives between starts: the catalog_version
 * table (migration 0004), one row per version ever applied, exactly one of
 * them current.
 */
export interface LastGoodCatalogStore {
  /**
   * The current catalog, checked again against this build's rules (a seat
   * upgrade may tighten them); null when no catalog was ever applied.
   */
  readLastGood(): CatalogValidation | null;
  saveLastGood(catalog: Catalog, source: AppliedCatalogSource): void;
}

export function createLastGoodCatalogStore(db: Database): LastGoodCatalogStore {
  const readCurrent = db.prepare<[], { body: string }>('SELECT body FROM catalog_version WHERE is_current = 1');
  const clearCurrent = db.prepare('UPDATE catalog_version SET is_current = 0 WHERE is_current = 1');
  const upsert = db.prepare<[string, number, AppliedCatalogSource, string, number]>(`
    INSERT INTO catalog_version (version, published_at, source, body, applied_at, is_current)
    VALUES (?, ?, ?, ?, ?, 1)
    ON CONFLICT (version) DO UPDATE SET
      published_at = excluded.published_at, source = excluded.source, body = excluded.body,
      applied_at = excluded.applied_at, is_current = 1
  `);
  const save = db.transaction((catalog: Catalog, source: AppliedCatalogSource) => {
    clearCurrent.run();
    upsert.run(catalog.version, catalog.publishedAt, source, JSON.stringify(catalog), Date.now());
  });

  return {
    readLastGood() {
      const row = readCurrent.get();
      if (!row) return null;
      let document: unknown;
      try {
        document = JSON.parse(row.body);
      } catch (error) {
        const reason = `the stored catalog is not valid JSON: ${(error as Error).message}`;
        return { ok: false, problems: [{ path: '', section: null, index: null, id: null, reason }] };
      }
      return validateCatalog(document);
    },
    saveLastGood(catalog, source) {
      save.immediate(catalog, source);
    },
  };
}
