import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { accountRoleSchema } from '../../shared/sync/auth-schemas';
import type { Principal } from './principal';

/**
 * Short-lived bearer tokens: `v1.<claims>.<signature>`, the claims as
 * base64url JSON and the signature an HMAC-SHA256 with the center's key.
 * Stateless on purpose: checking one costs a hash, not a database read, so
 * 2,000 seats polling and streaming do not load the store. They live
 * minutes; the refresh token (in the store, revocable) lives longer.
 */
const claimsSchema = z.object({
  sub: z.number().int(),
  usr: z.string(),
  role: accountRoleSchema,
  unit: z.string().nullable(),
  seat: z.string(),
  client: z.string().nullable(),
  sid: z.string(),
  exp: z.number().int(),
});

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; reason: string };

function sign(payload: string, key: Buffer): string {
  return createHmac('sha256', key).update(`v1.${payload}`).digest('base64url');
}

export function issueAccessToken(principal: Principal, key: Buffer): string {
  const claims: z.infer<typeof claimsSchema> = {
    sub: principal.accountId,
    usr: principal.username,
    role: principal.role,
    unit: principal.unitId,
    seat: principal.seatId,
    client: principal.clientId,
    sid: principal.sessionId,
    exp: principal.expiresAt,
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `v1.${payload}.${sign(payload, key)}`;
}

export function checkAccessToken(token: string, key: Buffer, now: number): TokenCheck {
  const [version, payload, signature] = token.split('.');
  if (version !== 'v1' || !payload || !signature) return { ok: false, reason: 'the access token is malformed' };
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'the access token is not signed by this center' };
  }
  let claims: z.infer<typeof claimsSchema>;
  try {
    claims = claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'the access token is malformed' };
  }
  if (claims.exp <= now) return { ok: false, reason: 'the access token has expired; refresh it' };
  return {
    ok: true,
    principal: {
      accountId: claims.sub,
      username: claims.usr,
      role: claims.role,
      unitId: claims.unit,
      seatId: claims.seat,
      clientId: claims.client,
      sessionId: claims.sid,
      expiresAt: claims.exp,
    },
  };
}
