import type { SyncProblemCode } from '../../shared/contract/sync/sync-status-schema';
import { problemTypes } from '../../shared/sync/problem-types';
import { CenterApiVersionError, CenterBadResponseError, CenterProblemError, CenterUnreachableError, OtherCenterError } from './center-errors';
import { SessionExpiredError } from './center-session';

/** What the engine does after a failed exchange. */
export interface FailurePlan {
  /** Whether the center answered at all (online with a problem) or not (offline). */
  reachable: boolean;
  problem: { code: SyncProblemCode; message: string } | null;
  /** Retry on the backoff timer, or wait for the operator / an update. */
  retry: boolean;
  /** The access token was refused: get a fresh one before the retry. */
  renewToken: boolean;
}

/**
 * Sorts a failure into what the seat can do about it. Everything transient
 * (network, 5xx, a malformed answer) retries on its own with backoff; what
 * retrying cannot fix stops with a message that says what to do.
 */
export function planForFailure(error: unknown): FailurePlan {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof CenterUnreachableError) return { reachable: false, problem: null, retry: true, renewToken: false };
  if (error instanceof CenterApiVersionError) return { reachable: true, problem: { code: 'schema_changed', message }, retry: false, renewToken: false };
  if (error instanceof OtherCenterError) return { reachable: true, problem: { code: 'other_center', message }, retry: false, renewToken: false };
  if (error instanceof SessionExpiredError) return { reachable: true, problem: { code: 'session_expired', message }, retry: false, renewToken: false };
  if (error instanceof CenterBadResponseError) return { reachable: true, problem: { code: 'bad_response', message }, retry: true, renewToken: false };
  if (error instanceof CenterProblemError) {
    if (error.retryable) return { reachable: false, problem: null, retry: true, renewToken: false };
    if (error.status === 401) return { reachable: true, problem: null, retry: true, renewToken: true };
    const type = error.problem?.type;
    if (type === problemTypes.unknownMutation) return { reachable: true, problem: { code: 'schema_changed', message }, retry: false, renewToken: false };
    if (type === problemTypes.staleIncarnation || type === problemTypes.sequenceReused || type === problemTypes.sequenceGap) {
      return { reachable: true, problem: { code: 'restored_from_backup', message }, retry: false, renewToken: false };
    }
    return { reachable: true, problem: { code: 'center_refused', message }, retry: true, renewToken: false };
  }
  // A fault of this seat's own (a database error): shown, and retried in case it was passing.
  return { reachable: true, problem: { code: 'seat_error', message }, retry: true, renewToken: false };
}
