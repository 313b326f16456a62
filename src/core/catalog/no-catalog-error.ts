import { describeCatalogProblem, type CatalogProblem } from '../../shared/catalog/catalog-problem';
import { ContractError } from '../../shared/contract/contract-error';
import type { MethodName } from '../../shared/contract/methods';

/**
 * Why a method that needs the catalog cannot answer: there is none in force
 * (first start with a broken shipped file). Every rejected entry becomes an
 * issue, so the notice can say which entries to fix.
 */
export function noCatalogError(method: MethodName, problems: readonly CatalogProblem[]): ContractError {
  const issues = problems.map((problem) => ({ path: problem.path, reason: describeCatalogProblem(problem) }));
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  return new ContractError({
    code: 'handler_failed',
    method,
    message: `${method}: the seat has no usable catalog; the one offered was rejected (${count})`,
    issues,
  });
}
