import type { Database } from 'better-sqlite3';
import type { IntakeDraft, IntakeDraftFields } from '../../shared/contract/intake/intake-draft-schema';

interface DraftRow {
  id: string;
  call_id: string | null;
  call_started_at: number | null;
  fields: string;
  created_at: number;
  updated_at: number;
}

export interface DraftSave {
  id: string;
  /** Omitted: keep what the draft has; null: the draft is not (or no longer) tied to a call. */
  callId?: string | null;
  callStartedAt?: number | null;
  fields: IntakeDraftFields;
}

export interface DraftStore {
  /** Insert or replace the fields in one statement: saved on every change, so it must be cheap. */
  save(draft: DraftSave, at: number): IntakeDraft;
  get(id: string): IntakeDraft | null;
  forCall(callId: string): IntakeDraft | null;
  /** Newest first: the one the operator was typing in last is the one to reopen. */
  list(): IntakeDraft[];
  /** True when there was a draft to remove. */
  discard(id: string): boolean;
}

export function createDraftStore(db: Database): DraftStore {
  // One autocommit statement is its own small transaction; RETURNING gives back what is stored.
  const upsert = db.prepare<Record<string, unknown>, DraftRow>(`
    INSERT INTO drafts (id, call_id, call_started_at, fields, created_at, updated_at)
    VALUES (:id, :callId, :callStartedAt, :fields, :at, :at)
    ON CONFLICT (id) DO UPDATE SET
      call_id = CASE WHEN :callIdGiven THEN excluded.call_id ELSE call_id END,
      call_started_at = CASE WHEN :callStartedAtGiven THEN excluded.call_started_at ELSE call_started_at END,
      fields = excluded.fields,
      updated_at = excluded.updated_at
    RETURNING *`);
  const byId = db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?');
  const byCall = db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE call_id = ?');
  const all = db.prepare<[], DraftRow>('SELECT * FROM drafts ORDER BY updated_at DESC, id DESC');
  const remove = db.prepare<[string]>('DELETE FROM drafts WHERE id = ?');

  return {
    save(draft, at) {
      const row = upsert.get({
        id: draft.id,
        callId: draft.callId ?? null,
        callIdGiven: draft.callId === undefined ? 0 : 1,
        callStartedAt: draft.callStartedAt ?? null,
        callStartedAtGiven: draft.callStartedAt === undefined ? 0 : 1,
        fields: JSON.stringify(draft.fields),
        at,
      });
      if (!row) throw new Error(`saving draft ${draft.id} returned no row`);
      return toDraft(row);
    },
    get: (id) => optionalDraft(byId.get(id)),
    forCall: (callId) => optionalDraft(byCall.get(callId)),
    list: () => all.all().map(toDraft),
    discard: (id) => remove.run(id).changes > 0,
  };
}

function optionalDraft(row: DraftRow | undefined): IntakeDraft | null {
  return row ? toDraft(row) : null;
}

function toDraft(row: DraftRow): IntakeDraft {
  return {
    id: row.id,
    callId: row.call_id,
    callStartedAt: row.call_started_at,
    // Written by save() from fields the contract checked; read back as they were.
    fields: JSON.parse(row.fields) as IntakeDraftFields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
