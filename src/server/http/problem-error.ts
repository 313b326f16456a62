import type { ProblemDocument } from '../../shared/sync/problem-document-schema';
import type { ProblemType } from '../../shared/sync/problem-types';

/** The members a problem carries beyond RFC 9457's own, all optional. */
export type ProblemExtensions = Omit<ProblemDocument, 'type' | 'title' | 'status' | 'detail' | 'instance'>;

/**
 * Thrown anywhere in a request to answer with a problem document. The
 * error handler adds `instance` (the request path) and the media type, so
 * code deep in a service only says what went wrong.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly title: string,
    readonly detail: string,
    readonly extensions: ProblemExtensions = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  toDocument(instance: string): ProblemDocument {
    return { type: this.type, title: this.title, status: this.status, detail: this.detail, instance, ...this.extensions };
  }
}

