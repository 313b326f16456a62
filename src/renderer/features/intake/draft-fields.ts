import type { IntakeDraftFields } from '../../../shared/contract/intake/intake-draft-schema';

/** Every draft field with a value: the form always works on this, the core may store fewer. */
export type DraftFields = Required<IntakeDraftFields>;
export type DraftFieldName = keyof DraftFields;

/** A new intake: a phone call (the hall's main channel), nothing else decided yet. */
export const emptyDraftFields: DraftFields = {
  channel: 'phone',
  appealType: '',
  callerPhone: '',
  callerName: '',
  callerGender: 'unspecified',
  anonymous: false,
  callbackConsent: false,
  callbackPhone: '',
  categoryId: '',
  districtCode: '',
  streetCode: '',
  communityCode: '',
  address: '',
  lat: null,
  lng: null,
  title: '',
  description: '',
  urgency: '',
  leadUnitId: '',
  coUnitIds: [],
  repeatOfTicketId: null,
  kbDocumentIds: [],
};

export function withDefaults(fields: IntakeDraftFields): DraftFields {
  return { ...emptyDraftFields, ...fields };
}

/** Fields only the operator fills in; a number the softphone put there is not the operator's work. */
const typedTextFields = [
  'appealType',
  'callerName',
  'callbackPhone',
  'categoryId',
  'districtCode',
  'address',
  'title',
  'description',
  'leadUnitId',
] as const satisfies readonly DraftFieldName[];

/**
 * Whether the draft holds anything the operator would miss: such a draft is
 * never replaced by an incoming call or a new intake, only kept beside it.
 */
export function draftHasContent(fields: DraftFields, openedByCall: boolean): boolean {
  if (typedTextFields.some((name) => fields[name].trim() !== '')) return true;
  if (!openedByCall && fields.callerPhone.trim() !== '') return true;
  return fields.repeatOfTicketId !== null || fields.coUnitIds.length > 0 || fields.kbDocumentIds.length > 0;
}
