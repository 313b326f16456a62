import { ContractError, describeIssues, type ContractIssue } from '../../shared/contract/contract-error';

/**
 * A refusal the operator can act on: the same shape as the dispatcher's
 * schema errors (field path + English reason), so the form marks the field
 * whether the schema or the catalog check found the problem.
 */
export function invalidIntake(method: string, issues: ContractIssue[]): ContractError {
  return new ContractError({ code: 'invalid_input', method, message: describeIssues(method, issues), issues });
}
