import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { prepareCached } from '../store/prepare-cached';

/**
 * Refresh tokens are random and stored only as SHA-256 hashes (a copy of
 * the database does not let anyone sign in). Each refresh replaces the
 * token, so a stolen one stops working as soon as the seat refreshes.
 */
export interface SessionRecord {
  id: string;
  accountId: number;
  seatId: string;
  clientId: string | null;
  expiresAt: number;
}

interface SessionRow {
  id: string;
  account_id: number;
  seat_id: string;
  client_id: string | null;
  expires_at: number;
  revoked_at: number | null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function createSession(
  db: Database,
  session: Omit<SessionRecord, 'id'>,
  now: number,
): { session: SessionRecord; refreshToken: string } {
  const refreshToken = newRefreshToken();
  const record: SessionRecord = { id: randomUUID(), ...session };
  prepareCached(
    db,
    `INSERT INTO auth_session (id, account_id, seat_id, client_id, refresh_hash, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(record.id, record.accountId, record.seatId, record.clientId, hashToken(refreshToken), now, record.expiresAt);
  return { session: record, refreshToken };
}

/** Trades a live refresh token for a new one; null for an unknown, rotated, expired or revoked token. */
export function rotateSession(
  db: Database,
  refreshToken: string,
  expiresAt: number,
  now: number,
): { session: SessionRecord; refreshToken: string } | null {
  const row = prepareCached<[string], SessionRow>(db, 'SELECT * FROM auth_session WHERE refresh_hash = ?').get(hashToken(refreshToken));
  if (!row || row.revoked_at !== null || row.expires_at <= now) return null;
  const next = newRefreshToken();
  prepareCached(db, 'UPDATE auth_session SET refresh_hash = ?, expires_at = ? WHERE id = ?').run(hashToken(next), expiresAt, row.id);
  return {
    session: { id: row.id, accountId: row.account_id, seatId: row.seat_id, clientId: row.client_id, expiresAt },
    refreshToken: next,
  };
}

export function revokeSession(db: Database, sessionId: string, now: number): void {
  prepareCached(db, 'UPDATE auth_session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, sessionId);
}
