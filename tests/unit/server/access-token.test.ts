import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAccessToken, issueAccessToken } from '../../../src/server/auth/access-token';
import type { Principal } from '../../../src/server/auth/principal';

const key = randomBytes(32);
const principal: Principal = {
  accountId: 7,
  username: 'operator',
  role: 'operator',
  unitId: null,
  seatId: 'A-0123',
  clientId: '0196f5a0-1111-7abc-8def-0123456789ab',
  sessionId: 's-1',
  expiresAt: 1_000_000,
};

describe('access tokens', () => {
  it('round-trips the principal until it expires', () => {
    const token = issueAccessToken(principal, key);
    expect(checkAccessToken(token, key, 999_999)).toEqual({ ok: true, principal });
    expect(checkAccessToken(token, key, 1_000_000)).toEqual({ ok: false, reason: expect.stringMatching(/expired/) });
  });

  it('refuses a token from another key, an altered one and garbage', () => {
    const token = issueAccessToken(principal, key);
    expect(checkAccessToken(token, randomBytes(32), 0).ok).toBe(false);
    const [version, payload, signature] = token.split('.');
    const raised = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), role: 'admin' })).toString('base64url');
    expect(checkAccessToken(`${version}.${raised}.${signature}`, key, 0)).toEqual({ ok: false, reason: expect.stringMatching(/not signed/) });
    expect(checkAccessToken('v1.e30', key, 0).ok).toBe(false);
    expect(checkAccessToken('nonsense', key, 0).ok).toBe(false);
  });

  it('refuses well-signed claims of the wrong shape', () => {
    const token = issueAccessToken({ ...principal, role: 'nobody' as Principal['role'] }, key);
    expect(checkAccessToken(token, key, 0)).toEqual({ ok: false, reason: expect.stringMatching(/malformed/) });
  });
});
