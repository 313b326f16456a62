import { z } from 'zod';
import { accountRoleSchema } from '../../sync/auth-schemas';

const epochMs = z.number().int().nonnegative();

/**
 * Where the seat stands with the center:
 * - not_configured: no center URL and no embedded center (tests, a bare core);
 * - signed_out: a center is set but nobody has signed in on this seat yet;
 * - online: the last exchange with the center succeeded;
 * - offline: the center could not be reached (or answered 5xx); the engine retries on its own.
 */
export const syncConnectionSchema = z.enum(['not_configured', 'signed_out', 'online', 'offline']);
export type SyncConnection = z.infer<typeof syncConnectionSchema>;

/**
 * Why sync is not moving, when the operator or the administrator has to do
 * something about it: the message names what to do, never a silent stop.
 */
export const syncProblemCodeSchema = z.enum([
  /** The center speaks a different API or schema version than this seat: update the seat. */
  'schema_changed',
  /** The session could not be refreshed: sign in again (local work keeps queueing). */
  'session_expired',
  /** The center answered something this seat cannot read; nothing of it was applied. */
  'bad_response',
  /** The center refused a request in a way retrying cannot fix (4xx other than auth). */
  'center_refused',
  /** This seat's database was restored from a backup: the center has mutations this copy lacks. */
  'restored_from_backup',
  /** The configured URL leads to another center than the one this database synced with. */
  'other_center',
  /** Something failed on this seat itself (its database); shown, and retried in case it passes. */
  'seat_error',
]);
export type SyncProblemCode = z.infer<typeof syncProblemCodeSchema>;

export const syncAccountSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: accountRoleSchema,
});
export type SyncAccount = z.infer<typeof syncAccountSchema>;

/** What the status bar shows, at all times. */
export const syncStatusSchema = z.object({
  connection: syncConnectionSchema,
  /** Local changes not yet acknowledged by the center (outbox rows). */
  pending: z.number().int().nonnegative(),
  /** Mutations the center refused or found in conflict that nobody has dismissed yet. */
  rejections: z.number().int().nonnegative(),
  /** The end of the last exchange that both pushed and pulled everything. */
  lastSyncAt: epochMs.nullable(),
  account: syncAccountSchema.nullable(),
  /** Signed in with the cached verifier while the center was unreachable; real sign-in follows when it is back. */
  signedInOffline: z.boolean(),
  problem: z.object({ code: syncProblemCodeSchema, message: z.string() }).nullable(),
  /** When the engine tries again after a failure; null while it is not waiting. */
  nextRetryAt: epochMs.nullable(),
  /**
   * An empty seat's first pull is running (up to 100,000 tickets: seconds):
   * how many tickets have arrived so far. null otherwise.
   */
  firstPull: z.object({ received: z.number().int().nonnegative() }).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** The status of a seat core with no center to talk to. */
export const notConfiguredSyncStatus: SyncStatus = {
  connection: 'not_configured',
  pending: 0,
  rejections: 0,
  lastSyncAt: null,
  account: null,
  signedInOffline: false,
  problem: null,
  nextRetryAt: null,
  firstPull: null,
};
