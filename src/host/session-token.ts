import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per host start: whoever has the printed URL may use the seat. */
export function createSessionToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokensMatch(expected: string, offered: string | undefined): boolean {
  if (!offered) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(offered);
  return a.length === b.length && timingSafeEqual(a, b);
}
