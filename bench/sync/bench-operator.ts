import { randomBytes, scryptSync } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { findAccount, insertAccount } from '../../src/server/auth/account-store';

/** The account every benchmark seat signs in with; each sign-in names its own seat and client id, as 2,000 seats would. */
export const benchOperator = { username: 'bench-operator', password: 'bench-sync-only' } as const;

/**
 * Adds the bench's operator account to a center database. Its password hash
 * uses scrypt with N=16 instead of the center's 2^15: the stored string
 * carries its own parameters (password-hash.ts), so the real login route
 * checks it, but 2,000 sign-ins then cost milliseconds instead of the
 * minutes of CPU that 2,000 real scrypt checks take on two cores, time
 * that would say nothing about sync.
 */
export function addBenchOperator(db: Database, now: number): void {
  if (findAccount(db, benchOperator.username)) return;
  insertAccount(
    db,
    { username: benchOperator.username, displayName: '压测话务员', role: 'operator', unitId: null, passwordHash: cheapScryptHash(benchOperator.password) },
    now,
  );
}

function cheapScryptHash(password: string): string {
  const [N, r, p] = [16, 1, 1];
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}
