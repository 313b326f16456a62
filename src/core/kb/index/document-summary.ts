import type { KbStatus } from '../document/kb-document';

/**
 * The metadata search needs for every candidate (filters, facets, ranking,
 * result rows), kept in memory so a query touches SQLite only for FTS5
 * matching and for the bodies of the results it shows.
 */
export interface DocumentSummary {
  docKey: number;
  id: string;
  title: string;
  docNumber: string | null;
  authority: string;
  category: string;
  district: string;
  effectiveFrom: number | null;
  effectiveTo: number | null;
  status: KbStatus;
  needsReview: boolean;
  version: number;
  updatedAt: number;
}

export interface DocumentSummaryRow {
  doc_key: number;
  id: string;
  title: string;
  doc_number: string | null;
  authority: string;
  category: string;
  district: string;
  effective_from: number | null;
  effective_to: number | null;
  status: KbStatus;
  needs_review: number;
  version: number;
  updated_at: number;
}

export const documentSummaryColumns =
  'doc_key, id, title, doc_number, authority, category, district, effective_from, effective_to, status, needs_review, version, updated_at';

export function summaryFromRow(row: DocumentSummaryRow): DocumentSummary {
  return {
    docKey: row.doc_key,
    id: row.id,
    title: row.title,
    docNumber: row.doc_number,
    authority: row.authority,
    category: row.category,
    district: row.district,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    status: row.status,
    needsReview: row.needs_review === 1,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

const dayMs = 24 * 60 * 60 * 1000;

/** Not in force: marked so, or past its last effective day (effective_to is inclusive). */
export function isExpired(summary: Pick<DocumentSummary, 'status' | 'effectiveTo'>, now: number): boolean {
  return summary.status !== 'current' || (summary.effectiveTo !== null && now >= summary.effectiveTo + dayMs);
}

export function isNotYetEffective(summary: Pick<DocumentSummary, 'effectiveFrom'>, now: number): boolean {
  return summary.effectiveFrom !== null && now < summary.effectiveFrom;
}

/** What every view of a document shows about it (search results, the preview): JSON-safe. */
export type KbDocumentMetadata = Omit<DocumentSummary, 'docKey' | 'version' | 'updatedAt'> & {
  /** Not in force (expired or abolished status, or past effective_to): never read out as current. */
  expired: boolean;
  notYetEffective: boolean;
};

export function documentMetadata(summary: DocumentSummary, now: number): KbDocumentMetadata {
  const { docKey: _docKey, version: _version, updatedAt: _updatedAt, ...shown } = summary;
  return { ...shown, expired: isExpired(summary, now), notYetEffective: isNotYetEffective(summary, now) };
}
