import { ContractError, type ContractIssue } from '../../shared/contract/contract-error';

/** The field-level reasons a call was refused for, or none when it failed some other way. */
export function inputIssues(error: unknown): ContractIssue[] {
  return error instanceof ContractError && error.code === 'invalid_input' ? error.issues : [];
}
