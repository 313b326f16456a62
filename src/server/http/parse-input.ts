import type { z } from 'zod';
import { problemTypes } from '../../shared/sync/problem-types';
import { ProblemError } from './problem-error';
import { zodFieldErrors } from './zod-field-errors';

/** Validates one part of a request; a failure is a 400 problem naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, location: 'body' | 'query' | 'params'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = zodFieldErrors(parsed.error, location);
  const fields = errors.map((error) => error.path).join(', ');
  throw new ProblemError(400, problemTypes.invalidRequest, 'Invalid request', `The request ${location} is not valid: ${fields}.`, {
    errors,
  });
}
