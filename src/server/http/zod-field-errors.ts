import type { z } from 'zod';
import type { ProblemFieldError } from '../../shared/sync/problem-document-schema';

/**
 * zod issues as the `errors` member of a problem document: where (a dotted
 * path under `body`, `query` or `params`) and why, one entry per issue.
 */
export function zodFieldErrors(error: z.ZodError, location: 'body' | 'query' | 'params'): ProblemFieldError[] {
  return error.issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }));
}
