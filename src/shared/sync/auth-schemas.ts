import { z } from 'zod';
import { catalogIdSchema } from '../catalog/catalog-primitives';
import { clientIdSchema } from './push-schemas';

/**
 * Sign-in roles on the center: the seat's four (ARCHITECTURE.md,
 * "Security") plus `unit`, a handling unit's clerk using the unit-side API.
 */
export const accountRoleSchema = z.enum(['operator', 'callback', 'supervisor', 'admin', 'unit']);
export type AccountRole = z.infer<typeof accountRoleSchema>;

/** A seat's position in the hall (A-0123), as configured on the seat. */
export const seatIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'must be 1–40 letters, digits, ".", "_" or "-"');

export const loginRequestSchema = z
  .object({
    username: z.string().min(1).max(80),
    password: z.string().min(1).max(200),
    seatId: seatIdSchema,
    /** The seat database's sync identity; required to push and pull, absent for unit clerks. */
    clientId: clientIdSchema.optional(),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(200) }).strict();

export const signedInAccountSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: accountRoleSchema,
  /** The unit a `unit` account acts for; null for every other role. */
  unitId: catalogIdSchema.nullable(),
});
export type SignedInAccount = z.infer<typeof signedInAccountSchema>;

/**
 * Tokens for a session. The access token is short-lived and sent as
 * `Authorization: Bearer`; the refresh token is traded (once: it rotates)
 * for new ones with `POST /v1/auth/refresh`.
 */
export const sessionTokensSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.number().int(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.number().int(),
  account: signedInAccountSchema,
  seatId: seatIdSchema,
  clientId: clientIdSchema.nullable(),
});
export type SessionTokens = z.infer<typeof sessionTokensSchema>;
