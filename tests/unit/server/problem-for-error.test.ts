import { describe, expect, it } from 'vitest';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import { ProblemError } from '../../../src/server/http/problem-error';
import { problemForError } from '../../../src/server/http/problem-for-error';

describe('errors as problem documents', () => {
  it('keeps a ProblemError as it is and adds the instance', () => {
    const error = new ProblemError(409, problemTypes.sequenceGap, 'Sequence gap', 'skip', { expectedSeq: 4 });
    expect(problemForError(error).toDocument('/v1/sync/push')).toEqual({
      type: problemTypes.sequenceGap,
      title: 'Sequence gap',
      status: 409,
      detail: 'skip',
      instance: '/v1/sync/push',
      expectedSeq: 4,
    });
  });

  it('maps Fastify’s body errors to 400, 413 and 415', () => {
    expect(problemForError({ code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400, message: 'Unexpected end' })).toMatchObject({ status: 400, type: problemTypes.invalidJson });
    expect(problemForError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 })).toMatchObject({ status: 413, type: problemTypes.payloadTooLarge });
    expect(problemForError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })).toMatchObject({ status: 415 });
  });

  it('tells the caller nothing about an internal failure', () => {
    const problem = problemForError(new Error('SQLITE_CORRUPT: database disk image is malformed at /secret/path'));
    expect(problem).toMatchObject({ status: 500, type: problemTypes.internal });
    expect(problem.detail).not.toContain('SQLITE');
  });
});
