import { problemTypes } from '../../shared/sync/problem-types';
import { ProblemError } from './problem-error';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

/**
 * Any error a request can end in, as a problem: our own ProblemErrors as
 * they are, Fastify's body-parsing errors (malformed JSON, too large, wrong
 * media type) as the matching 4xx, and everything else as a 500 that tells
 * the caller nothing about the internals (the log has the stack).
 */
export function problemForError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const { code, statusCode, message } = (error ?? {}) as FastifyLikeError;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, problemTypes.invalidJson, 'Malformed JSON', `The request body is not valid JSON: ${message ?? ''}`.trim());
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, problemTypes.payloadTooLarge, 'Payload too large', 'The request body is larger than this endpoint accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError(415, problemTypes.unsupportedMediaType, 'Unsupported media type', 'Send the request body as application/json.');
    default:
      break;
  }
  // Fastify's JSON parser reports prototype-poisoning attempts and other unreadable bodies as plain 400s.
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    return new ProblemError(400, problemTypes.invalidJson, 'Malformed request', message ?? 'The request could not be read.');
  }
  return new ProblemError(500, problemTypes.internal, 'Internal error', 'The center failed to handle the request; it has been logged.');
}
