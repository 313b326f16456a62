import type { ProblemDocument } from '../../shared/sync/problem-document-schema';

/** The center could not be reached, or did not answer in time: retry later, nothing is wrong with the request. */
export class CenterUnreachableError extends Error {
  constructor(what: string, cause: unknown) {
    super(`${what}: the center did not answer (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'CenterUnreachableError';
  }
}

/** The center answered with a problem document (or a bare error status). */
export class CenterProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDocument | null,
    what: string,
  ) {
    super(`${what}: the center answered ${status}${problem ? ` ${problem.title}: ${problem.detail}` : ''}`);
    this.name = 'CenterProblemError';
  }

  /** 5xx and 503-like refusals are the center's trouble, not the request's: retry with backoff. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/**
 * The center answered 2xx with a body this seat cannot read. Nothing of it
 * is applied; the engine shows the error and retries later, so a center
 * fixed (or a seat updated) carries on from the same cursor and outbox.
 */
export class CenterBadResponseError extends Error {
  constructor(what: string, reason: string) {
    super(`${what}: the center's answer is not what this seat understands (${reason}); nothing of it was applied`);
    this.name = 'CenterBadResponseError';
  }
}

/** The center speaks another API version: nothing more is sent until the seat is updated. */
export class CenterApiVersionError extends Error {
  constructor(centerVersion: number, seatVersion: number) {
    super(`the center speaks API v${centerVersion} and this seat v${seatVersion}: update the seat; local work is kept and will be sent after the update`);
    this.name = 'CenterApiVersionError';
  }
}

/**
 * The URL now leads to another center than the one this seat's database
 * synced with: its cursor, outbox numbers and cached tickets belong to the
 * first. Nothing is sent or pulled; the message says what to do.
 */
export class OtherCenterError extends Error {
  constructor(centerUrl: string) {
    super(
      `the center at ${centerUrl} is not the center this seat's database synced with; point the seat back to its center, ` +
        'or start it with a new data folder to work with this one (local work is kept)',
    );
    this.name = 'OtherCenterError';
  }
}
