import type { IntakeDraft } from '../../../shared/contract/intake/intake-draft-schema';
import type { MethodInput } from '../../../shared/contract/methods';
import { draftHasContent } from './draft-fields';
import type { IntakeStore } from './intake-store';
import { hasUnsavedChanges, type OpenDraft } from './open-draft';

export type SaveDraft = (input: MethodInput<'drafts.save'>) => Promise<IntakeDraft>;

export interface DraftAutosave {
  /** Saves every pending change now (the window is going away). */
  flush(): void;
  stop(): void;
}

/** Within the ≤ 300 ms the architecture promises, counted from the first unsaved keystroke. */
export const draftSaveDelayMs = 250;
/** A core that refused or did not answer is asked again, without hammering it. */
const retryDelayMs = 2_000;

/**
 * Saves every open draft shortly after it changes. The delay runs from the
 * first unsaved change, not the last, so an operator typing without a pause
 * is still saved every quarter second; one save per draft is in flight at a
 * time, so saves cannot arrive out of order. An empty intake is not stored
 * until something is typed into it; a finishing draft is no longer saved, so
 * a late save cannot bring back a draft the core has just turned into a ticket.
 */
export function startDraftAutosave(store: IntakeStore, saveDraft: SaveDraft): DraftAutosave {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Set<string>();

  const needsSave = (draft: OpenDraft) =>
    !draft.finishing &&
    hasUnsavedChanges(draft) &&
    (draft.savedAt !== null || draftHasContent(draft.fields, draft.callId !== null));

  async function save(draftId: string) {
    timers.delete(draftId);
    const draft = store.getState().drafts.find((candidate) => candidate.id === draftId);
    if (!draft || !needsSave(draft) || inFlight.has(draftId)) return;
    inFlight.add(draftId);
    const { fields } = draft;
    try {
      const saved = await saveDraft({ id: draftId, callId: draft.callId, callStartedAt: draft.callStartedAt, fields });
      store.markSaved(draftId, fields, saved.updatedAt);
    } catch {
      store.markSaveFailed(draftId);
    } finally {
      inFlight.delete(draftId);
      schedule();
    }
  }

  function schedule() {
    for (const draft of store.getState().drafts) {
      if (timers.has(draft.id) || inFlight.has(draft.id) || !needsSave(draft)) continue;
      const delay = draft.saveFailed ? retryDelayMs : draftSaveDelayMs;
      timers.set(
        draft.id,
        setTimeout(() => void save(draft.id), delay),
      );
    }
  }

  const unsubscribe = store.subscribe(schedule);
  schedule();

  return {
    flush() {
      for (const [draftId, timer] of timers) {
        clearTimeout(timer);
        void save(draftId);
      }
    },
    stop() {
      unsubscribe();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
