import type { IntakeDraft } from '../../../shared/contract/intake/intake-draft-schema';
import type { NormalizedPhone } from '../../../shared/phone/normalized-phone';
import { emptyDraftFields, withDefaults, type DraftFields } from './draft-fields';
import type { FieldErrors } from './field-errors';

/** A draft as the intake session holds it: the fields plus what the form needs to know about saving and errors. */
export interface OpenDraft {
  id: string;
  callId: string | null;
  callStartedAt: number | null;
  /** The number as the call.incoming event normalized it; null when the draft was not opened by that event. */
  incomingPhone: NormalizedPhone | null;
  fields: DraftFields;
  createdAt: number;
  /** updatedAt of the last save the core confirmed; null while the core has never stored this draft. */
  savedAt: number | null;
  /** The fields object the last confirmed save carried: the draft has unsaved changes while `fields` is another object. */
  savedFields: DraftFields | null;
  saveFailed: boolean;
  /** A dispatch or direct answer is in flight: the draft is hidden, and no longer autosaved. */
  finishing: boolean;
  /** What the core refused at the last finish, kept until the field is edited. */
  serverErrors: FieldErrors;
  /** Refusals naming no field of the form. */
  otherErrors: string[];
  /** Once a finish was attempted, the client-side checks follow every edit. */
  showErrors: boolean;
  errors: FieldErrors;
}

export function newOpenDraft(id: string, now: number): OpenDraft {
  return {
    id,
    callId: null,
    callStartedAt: null,
    incomingPhone: null,
    fields: emptyDraftFields,
    createdAt: now,
    savedAt: null,
    savedFields: null,
    saveFailed: false,
    finishing: false,
    serverErrors: {},
    otherErrors: [],
    showErrors: false,
    errors: {},
  };
}

/** A draft the core already stores (restored after a reload, or made for an incoming call). */
export function openDraftFromStored(draft: IntakeDraft, incomingPhone: NormalizedPhone | null = null): OpenDraft {
  const fields = withDefaults(draft.fields);
  return {
    ...newOpenDraft(draft.id, draft.createdAt),
    callId: draft.callId,
    callStartedAt: draft.callStartedAt,
    incomingPhone,
    fields,
    savedAt: draft.updatedAt,
    savedFields: fields,
  };
}

export function hasUnsavedChanges(draft: OpenDraft): boolean {
  return draft.fields !== draft.savedFields;
}
