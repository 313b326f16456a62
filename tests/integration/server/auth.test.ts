import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import { exampleCatalog } from '../../../src/server/catalog/example-catalog';
import { openTestCenter, type TestCenter } from './helpers/test-center';
import { createMutation } from './helpers/ticket-fixtures';

describe('sign-in and roles', () => {
  let t: TestCenter;
  beforeEach(async () => {
    t = await openTestCenter();
  });
  afterEach(async () => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('signs in with the demo password and registers the seat with its client id', async () => {
    const clientId = uuidv7();
    const tokens = await t.login('supervisor', { clientId, seatId: 'B-0042' });
    expect(tokens).toMatchObject({
      account: { username: 'supervisor', role: 'supervisor', unitId: null },
      seatId: 'B-0042',
      clientId,
      accessTokenExpiresAt: t.now() + 15 * 60_000,
    });
    const client = t.center.services.db.prepare('SELECT seat_id FROM sync_client WHERE client_id = ?').get(clientId);
    expect(client).toEqual({ seat_id: 'B-0042' });
    const catalog = await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: bearer(tokens.accessToken) });
    expect(catalog.statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown user the same way (401)', async () => {
    for (const username of ['operator', 'nobody']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { username, password: 'wrong password', seatId: 'A-0001' },
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ type: problemTypes.unauthenticated, detail: 'Wrong username or password.', instance: '/v1/auth/login' });
    }
  });

  it('locks a username for a while after five wrong passwords, even against the right one, and says when to retry', async () => {
    const attempt = (username: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password, seatId: 'A-0001' } });
    for (let i = 0; i < 5; i += 1) expect((await attempt('operator', 'guess ' + i)).statusCode).toBe(401);
    const locked = await attempt('operator', t.password('operator'));
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ type: problemTypes.tooManySignIns, status: 429, retryAfterSeconds: 15 * 60 });
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
    // Another account is not affected, and the same lock applies to a name that does not exist.
    expect((await attempt('supervisor', t.password('supervisor'))).statusCode).toBe(200);
    for (let i = 0; i < 5; i += 1) await attempt('nobody', 'guess');
    expect((await attempt('nobody', 'guess')).statusCode).toBe(429);

    t.advance(15 * 60_000);
    expect((await attempt('operator', t.password('operator'))).statusCode).toBe(200);
  });

  it('lets many seats sign in with one account at once (the attempts take turns)', async () => {
    const signIns = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'operator', password: t.password('operator'), seatId: `A-${String(i + 1).padStart(4, '0')}` } }),
      ),
    );
    expect(signIns.map((response) => response.statusCode)).toEqual(Array.from({ length: 12 }, () => 200));
  });

  it('refuses guesses sent all at once as soon as five have failed', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'operator', password: `guess ${i}`, seatId: 'A-0001' } }),
      ),
    );
    const statuses = guesses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  it('forgets wrong passwords after a right one', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'operator', password, seatId: 'A-0001' } });
    for (let i = 0; i < 4; i += 1) await attempt('guess');
    expect((await attempt(t.password('operator'))).statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await attempt('guess')).statusCode).toBe(401);
    expect((await attempt(t.password('operator'))).statusCode).toBe(200);
  });

  it('stores passwords only as scrypt hashes', () => {
    const rows = t.center.services.db.prepare('SELECT username, password_hash FROM account').all() as { username: string; password_hash: string }[];
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain(t.password(row.username));
    }
  });

  it('refreshes with a rotating refresh token: the used one stops working', async () => {
    const tokens = await t.login('operator');
    t.advance(60_000);
    const refreshed = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: tokens.refreshToken } });
    expect(refreshed.statusCode).toBe(200);
    const next = refreshed.json();
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect(next.accessTokenExpiresAt).toBe(t.now() + 15 * 60_000);
    expect(next.clientId).toBe(tokens.clientId);
    const reused = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: tokens.refreshToken } });
    expect(reused.statusCode).toBe(401);
  });

  it('expires access tokens after 15 minutes', async () => {
    const tokens = await t.login('operator');
    t.advance(15 * 60_000 - 1);
    expect((await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: bearer(tokens.accessToken) })).statusCode).toBe(200);
    t.advance(1);
    const expired = await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: bearer(tokens.accessToken) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/expired/);
  });

  it('refuses a token signed by another center or altered', async () => {
    const tokens = await t.login('admin');
    const [version, payload, signature] = tokens.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'supervisor' })).toString('base64url');
    const response = await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: bearer(`${version}.${forged}.${signature}`) });
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toMatch(/not signed by this center/);
  });

  it('signs out: the refresh token is revoked', async () => {
    const tokens = await t.login('callback');
    const out = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: bearer(tokens.accessToken) });
    expect(out.json()).toEqual({ signedOut: true });
    const refreshed = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: tokens.refreshToken } });
    expect(refreshed.statusCode).toBe(401);
  });

  it('enforces roles per route with 403 problem documents, changing nothing', async () => {
    const cases: { username: string; method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown }[] = [
      { username: 'operator', method: 'PUT', url: '/v1/catalog', payload: exampleCatalog },
      { username: 'admin', method: 'POST', url: '/v1/sync/push', payload: { clientId: uuidv7(), incarnation: 1, mutations: [createMutation(1)] } },
      { username: 'admin', method: 'GET', url: '/v1/sync/pull' },
      { username: 'unit-street-110101001', method: 'POST', url: '/v1/sync/push', payload: { clientId: uuidv7(), incarnation: 1, mutations: [createMutation(1)] } },
      { username: 'unit-street-110101001', method: 'GET', url: '/v1/kb/changes' },
      { username: 'operator', method: 'GET', url: '/v1/units/tickets' },
      { username: 'supervisor', method: 'POST', url: `/v1/units/tickets/${uuidv7()}/sign-for`, payload: {} },
    ];
    const before = t.footprint();
    for (const { username, method, url, payload } of cases) {
      const tokens = await t.login(username);
      const response = await t.app.inject({ method, url, headers: bearer(tokens.accessToken), ...(payload === undefined ? {} : { payload: payload as object }) });
      expect(response.statusCode, `${username} ${method} ${url}`).toBe(403);
      expect(response.json()).toMatchObject({ type: problemTypes.forbidden, status: 403, instance: url.split('?')[0] });
    }
    expect(t.footprint()).toEqual(before);
  });
});
