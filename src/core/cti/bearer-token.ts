import { timingSafeEqual } from 'node:crypto';

/** True when the Authorization header is `Bearer <expected>`, compared in constant time. */
export function hasBearerToken(authorization: string | undefined, expected: string): boolean {
  const offered = authorization?.match(/^Bearer ([^\s]+)$/)?.[1];
  if (offered === undefined) return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
