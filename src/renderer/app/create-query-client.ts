import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import '../api/mutation-meta';
import { inputIssues } from '../api/input-issues';

/**
 * Every failed call reaches the operator through reportFailure, except
 * input issues a form already shows beside its fields. Calls go to the local
 * core, where a retry would fail the same way, so failures surface at once.
 */
export function createQueryClient(reportFailure: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => reportFailure(error) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _onMutateResult, mutation) => {
        if (mutation.meta?.showsFailureInline) return;
        if (mutation.meta?.showsIssuesInline && inputIssues(error).length > 0) return;
        reportFailure(error);
      },
    }),
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}
