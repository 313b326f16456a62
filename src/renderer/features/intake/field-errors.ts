import type { ContractIssue } from '../../../shared/contract/contract-error';
import { intakeTicketSchema } from '../../../shared/contract/intake/intake-ticket-schema';
import type { DraftFieldName, DraftFields } from './draft-fields';
import { buildIntakeTicket } from './build-intake-ticket';

/** The reason each field was refused for, as the schema or the core worded it. */
export type FieldErrors = Partial<Record<DraftFieldName, string>>;

/** Refusals that name no field of the form (the draft id, a catalog problem): listed above the buttons. */
export interface FinishRefusal {
  fieldErrors: FieldErrors;
  otherReasons: string[];
}

export const requiredReason = 'is required';

const ticketFieldPath = /^ticket\.([A-Za-z]+)/;

/** Maps intake.dispatch's issues (`ticket.<field>…`) onto the form's fields. */
export function refusalFromIssues(issues: readonly ContractIssue[]): FinishRefusal {
  const fieldErrors: FieldErrors = {};
  const otherReasons: string[] = [];
  for (const issue of issues) {
    const field = ticketFieldPath.exec(issue.path)?.[1];
    if (field && Object.hasOwn(intakeTicketSchema.shape, field)) {
      fieldErrors[field as DraftFieldName] ??= issue.reason;
    } else {
      otherReasons.push(issue.path ? `${issue.path}: ${issue.reason}` : issue.reason);
    }
  }
  return { fieldErrors, otherReasons };
}

/**
 * The same strict schema the core applies, run in the renderer so the
 * operator sees every missing field at once without a round trip. An empty
 * choice is reported as "is required" rather than zod's "invalid option".
 */
export function clientFieldErrors(fields: DraftFields): FieldErrors {
  const result = intakeTicketSchema.safeParse(buildIntakeTicket(fields, null));
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !Object.hasOwn(fields, field)) continue;
    const name = field as DraftFieldName;
    const value = fields[name];
    errors[name] ??= value === '' || value === null ? requiredReason : issue.message;
  }
  return errors;
}
