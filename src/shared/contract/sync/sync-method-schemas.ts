import { z } from 'zod';
import { seatIdSchema } from '../../sync/auth-schemas';
import { fieldConflictSchema, receiptReasonCodeSchema } from '../../sync/mutation-receipt-schema';
import { syncMutationNameSchema } from '../../sync/sync-mutation-names';

export const signInInputSchema = z
  .object({
    username: z.string().trim().min(1, 'must not be empty').max(80),
    password: z.string().min(1, 'must not be empty').max(200),
  })
  .strict();
export type SignInInput = z.infer<typeof signInInputSchema>;

/**
 * Tells the core which center to talk to and as which seat. The shell sends
 * it at start and whenever the settings change; an empty URL stops sync.
 */
export const syncConnectInputSchema = z
  .object({
    centerUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    seatId: seatIdSchema,
  })
  .strict();
export type SyncConnectInput = z.infer<typeof syncConnectInputSchema>;

/** A mutation the center refused or found in conflict, kept until the operator dismisses it. */
export const syncRejectionSchema = z.object({
  clientSeq: z.number().int().positive(),
  mutation: syncMutationNameSchema,
  ticketId: z.string().nullable(),
  /** The local ticket's title, to recognise it by; null when the ticket is not on this seat. */
  ticketTitle: z.string().nullable(),
  outcome: z.enum(['rejected', 'conflict']),
  reasonCode: z.union([receiptReasonCodeSchema, z.literal('conflict')]),
  /** The center's English sentence, for support; the UI shows the translated code. */
  message: z.string(),
  path: z.string().nullable(),
  conflicts: z.array(fieldConflictSchema),
  at: z.number().int().nonnegative(),
});
export type SyncRejection = z.infer<typeof syncRejectionSchema>;

export const dismissRejectionInputSchema = z.object({ clientSeq: z.number().int().positive() }).strict();

/**
 * Why sync.signIn refused, as the `path` of its one issue (code
 * 'unauthorized'): the form puts the message where it belongs and never
 * tells an operator "wrong password" when the center was down.
 */
export const signInRefusalPaths = {
  /** The center, or the cached verifier, said no. */
  wrongCredentials: 'password',
  /** A handling unit's clerk: right password, wrong place. */
  unitAccount: 'username',
  /** The center is unreachable and this operator never signed in online here. */
  centerNeeded: 'center',
  /** This seat has no center URL at all. */
  notConfigured: 'centerUrl',
  /** The center refuses this username for a while after too many wrong passwords. */
  tooManyAttempts: 'attempts',
} as const;
