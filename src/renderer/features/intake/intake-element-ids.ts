import type { DraftFieldName } from './draft-fields';

/** The ids of the intake's controls, which focus shortcuts and "first field with an error" look for. */
export const intakeElementIds = {
  channel: 'intake-channel',
  appealType: 'intake-appeal-type',
  callerPhone: 'intake-caller-phone',
  callerName: 'intake-caller-name',
  callbackPhone: 'intake-callback-phone',
  category: 'intake-category',
  place: 'intake-place',
  address: 'intake-address',
  title: 'intake-title',
  description: 'intake-description',
  urgency: 'intake-urgency',
  leadUnit: 'intake-lead-unit',
  history: 'intake-history',
  similar: 'intake-similar',
} as const;
export type IntakeElement = keyof typeof intakeElementIds;

const elementOfField: Partial<Record<DraftFieldName, IntakeElement>> = {
  channel: 'channel',
  appealType: 'appealType',
  callerPhone: 'callerPhone',
  callerName: 'callerName',
  callbackPhone: 'callbackPhone',
  categoryId: 'category',
  districtCode: 'place',
  streetCode: 'place',
  communityCode: 'place',
  address: 'address',
  title: 'title',
  description: 'description',
  urgency: 'urgency',
  leadUnitId: 'leadUnit',
};

/** In the form's order, so the operator is taken to the first problem from the top. */
const formOrder: readonly DraftFieldName[] = [
  'channel',
  'appealType',
  'callerPhone',
  'callerName',
  'callbackPhone',
  'categoryId',
  'districtCode',
  'streetCode',
  'communityCode',
  'address',
  'title',
  'description',
  'urgency',
  'leadUnitId',
];

export function firstElementWithError(fields: readonly DraftFieldName[]): IntakeElement | null {
  const field = formOrder.find((name) => fields.includes(name));
  return field ? (elementOfField[field] ?? null) : null;
}

/**
 * Focuses an intake control; when the intake screen is still mounting
 * (a shortcut pressed on another section), tries again on the next frame.
 */
export function focusIntakeElement(element: IntakeElement, attemptsLeft = 3): void {
  const target = document.getElementById(intakeElementIds[element]);
  if (target) {
    // A radio group is focused through its checked (or first) option.
    const focusable = target.matches('input, textarea, select, [tabindex]')
      ? target
      : (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input'));
    focusable?.focus();
    return;
  }
  if (attemptsLeft > 0) requestAnimationFrame(() => focusIntakeElement(element, attemptsLeft - 1));
}
