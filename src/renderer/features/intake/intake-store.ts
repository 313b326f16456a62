import type { IntakeDraft } from '../../../shared/contract/intake/intake-draft-schema';
import type { NormalizedPhone } from '../../../shared/phone/normalized-phone';
import { draftHasContent, type DraftFields } from './draft-fields';
import { clientFieldErrors, type FieldErrors, type FinishRefusal } from './field-errors';
import { newOpenDraft, openDraftFromStored, type OpenDraft } from './open-draft';

export interface IntakeState {
  /** Every draft open at this seat, the one on screen among them; finishing ones are hidden. */
  drafts: readonly OpenDraft[];
  currentId: string;
}

export interface AdoptResult {
  /** An empty draft the adopted one replaced; if the core stored it, it should be discarded there too. */
  replaced: OpenDraft | null;
  /** The draft with content that stays open beside the adopted one. */
  keptBeside: OpenDraft | null;
}

/**
 * The intake session: which drafts are open, which one is on screen, and
 * every edit to them. A plain store outside React, so the form's fields each
 * subscribe to their own value (a keystroke re-renders one field, not the
 * form) and other features (the knowledge base) can act on the current
 * intake from anywhere. Saving is not done here: the autosave watches it.
 */
export interface IntakeStore {
  getState(): IntakeState;
  subscribe(listener: () => void): () => void;
  current(): OpenDraft;
  edit(patch: Partial<DraftFields>, draftId?: string): void;
  select(draftId: string): void;
  /** Cycles to the next open draft; false when there is no other. */
  selectNext(): boolean;
  /** F2: a fresh intake; the current one stays open when it holds anything. */
  startNew(): void;
  /** Opens a stored draft on screen (an incoming call); an empty current draft gives way, one with content stays. */
  adopt(draft: IntakeDraft, incomingPhone: NormalizedPhone | null): AdoptResult;
  /** After a reload: opens every stored draft; the newest goes on screen unless the operator already started typing. */
  restore(drafts: readonly IntakeDraft[]): void;
  remove(draftId: string): void;
  markSaved(draftId: string, savedFields: DraftFields, savedAt: number): void;
  markSaveFailed(draftId: string): void;
  /** The draft goes off screen at once and a fresh intake takes its place, while the core finishes it. */
  beginFinish(draftId: string): void;
  finishSucceeded(draftId: string): void;
  /** Back on screen, intact, with the reasons beside its fields. */
  finishFailed(draftId: string, refusal: FinishRefusal): void;
  /** Shows the client-side checks (a finish refused before any call). */
  showErrors(draftId: string): void;
}

export interface IntakeStoreOptions {
  newId: () => string;
  now: () => number;
}

function withErrors(draft: OpenDraft): OpenDraft {
  if (!draft.showErrors) return draft.errors === noErrors ? draft : { ...draft, errors: noErrors };
  // A server reason is kept only while its field is unchanged, so it still speaks of the value on screen.
  return { ...draft, errors: { ...clientFieldErrors(draft.fields), ...draft.serverErrors } };
}

const noErrors: FieldErrors = {};

function withoutKeys(errors: FieldErrors, keys: readonly string[]): FieldErrors {
  if (!keys.some((key) => Object.hasOwn(errors, key))) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key)));
}

const isEmpty = (draft: OpenDraft) => !draftHasContent(draft.fields, draft.callId !== null);

export function createIntakeStore({ newId, now }: IntakeStoreOptions): IntakeStore {
  const first = newOpenDraft(newId(), now());
  let state: IntakeState = { drafts: [first], currentId: first.id };
  const listeners = new Set<() => void>();

  function set(next: IntakeState) {
    state = next;
    for (const listener of listeners) listener();
  }

  function find(draftId: string): OpenDraft | undefined {
    return state.drafts.find((draft) => draft.id === draftId);
  }

  function current(): OpenDraft {
    const draft = find(state.currentId);
    if (!draft) throw new Error('the intake session lost its current draft');
    return draft;
  }

  function replace(draftId: string, change: (draft: OpenDraft) => OpenDraft) {
    set({ ...state, drafts: state.drafts.map((draft) => (draft.id === draftId ? change(draft) : draft)) });
  }

  const visible = () => state.drafts.filter((draft) => !draft.finishing);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current,

    edit(patch, draftId = state.currentId) {
      const keys = Object.keys(patch);
      replace(draftId, (draft) =>
        withErrors({
          ...draft,
          fields: { ...draft.fields, ...patch },
          serverErrors: withoutKeys(draft.serverErrors, keys),
        }),
      );
    },

    select(draftId) {
      if (find(draftId) && draftId !== state.currentId) set({ ...state, currentId: draftId });
    },

    selectNext() {
      const open = visible();
      if (open.length < 2) return false;
      const index = open.findIndex((draft) => draft.id === state.currentId);
      const next = open[(index + 1) % open.length];
      if (next) set({ ...state, currentId: next.id });
      return true;
    },

    startNew() {
      const previous = current();
      if (isEmpty(previous) && previous.savedAt === null) return;
      const fresh = newOpenDraft(newId(), now());
      const drafts = isEmpty(previous) ? state.drafts.filter((draft) => draft !== previous) : state.drafts;
      set({ drafts: [...drafts, fresh], currentId: fresh.id });
    },

    adopt(stored, incomingPhone) {
      const adopted = openDraftFromStored(stored, incomingPhone);
      const previous = current();
      if (previous.id === adopted.id) {
        set({ ...state, drafts: state.drafts.map((draft) => (draft.id === adopted.id ? adopted : draft)) });
        return { replaced: null, keptBeside: null };
      }
      const replaced = isEmpty(previous) ? previous : null;
      const others = state.drafts.filter((draft) => draft.id !== adopted.id && draft !== replaced);
      set({ drafts: [...others, adopted], currentId: adopted.id });
      return { replaced, keptBeside: replaced ? null : previous };
    },

    restore(stored) {
      const newestFirst = [...stored].sort((a, b) => b.updatedAt - a.updatedAt);
      const added = newestFirst.filter((draft) => !find(draft.id)).map((draft) => openDraftFromStored(draft));
      const newest = added[0];
      if (!newest) return;
      const previous = current();
      const giveWay = isEmpty(previous) && previous.savedAt === null;
      const kept = giveWay ? state.drafts.filter((draft) => draft !== previous) : state.drafts;
      set({ drafts: [...kept, ...added], currentId: giveWay ? newest.id : state.currentId });
    },

    remove(draftId) {
      const drafts = state.drafts.filter((draft) => draft.id !== draftId);
      if (draftId !== state.currentId) {
        set({ ...state, drafts });
        return;
      }
      const next = drafts.find((draft) => !draft.finishing) ?? newOpenDraft(newId(), now());
      set({ drafts: drafts.includes(next) ? drafts : [...drafts, next], currentId: next.id });
    },

    markSaved(draftId, savedFields, savedAt) {
      replace(draftId, (draft) => ({ ...draft, savedFields, savedAt, saveFailed: false }));
    },

    markSaveFailed(draftId) {
      replace(draftId, (draft) => ({ ...draft, saveFailed: true }));
    },

    beginFinish(draftId) {
      const fresh = newOpenDraft(newId(), now());
      set({
        drafts: [...state.drafts.map((draft) => (draft.id === draftId ? { ...draft, finishing: true } : draft)), fresh],
        currentId: fresh.id,
      });
    },

    finishSucceeded(draftId) {
      set({ ...state, drafts: state.drafts.filter((draft) => draft.id !== draftId) });
    },

    finishFailed(draftId, refusal) {
      const standIn = current();
      // The fresh intake that took the failed one's place goes again, unless the operator already typed into it.
      const dropStandIn = standIn.id !== draftId && isEmpty(standIn) && standIn.savedAt === null;
      const drafts = dropStandIn ? state.drafts.filter((draft) => draft !== standIn) : state.drafts;
      set({
        drafts: drafts.map((draft) =>
          draft.id === draftId
            ? withErrors({
                ...draft,
                finishing: false,
                showErrors: true,
                serverErrors: refusal.fieldErrors,
                otherErrors: refusal.otherReasons,
              })
            : draft,
        ),
        currentId: draftId,
      });
    },

    showErrors(draftId) {
      replace(draftId, (draft) => withErrors({ ...draft, showErrors: true, serverErrors: {}, otherErrors: [] }));
    },
  };
}
