import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildHostApp } from '../../../src/host/host-app';
import type { SeatBridge } from '../../../src/shared/contract/bridge';

const token = 'test-token-123';
const echoBridge: SeatBridge = {
  invoke: async (method, input) => ({ ok: true, value: { method, input } }),
  subscribe: () => () => undefined,
};

describe('browser host', () => {
  let app: FastifyInstance;
  afterEach(async () => app?.close());

  async function build(rendererDir?: string) {
    app = await buildHostApp({ bridge: echoBridge, token, port: 0, rendererDir });
    return app;
  }

  it('refuses calls without the token (401) and with a wrong one', async () => {
    await build();
    const none = await app.inject({ method: 'POST', url: '/api/invoke', payload: { method: 'seat.info', input: {} } });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatch(/open the URL/);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/invoke',
      headers: { authorization: 'Bearer nope' },
      payload: { method: 'seat.info', input: {} },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('refuses callers that are not on this machine, even with the token', async () => {
    await build();
    const response = await app.inject({
      method: 'POST',
      url: '/api/invoke',
      remoteAddress: '10.1.2.3',
      headers: { authorization: `Bearer ${token}` },
      payload: { method: 'seat.info', input: {} },
    });
    expect(response.statusCode).toBe(403);
  });

  it('passes calls with the token to the bridge', async () => {
    await build();
    const response = await app.inject({
      method: 'POST',
      url: '/api/invoke',
      headers: { authorization: `Bearer ${token}` },
      payload: { method: 'seat.info', input: { a: 1 } },
    });
    expect(response.json()).toEqual({ ok: true, value: { method: 'seat.info', input: { a: 1 } } });
  });

  it('answers a malformed body with an invalid_input envelope naming the field', async () => {
    await build();
    const response = await app.inject({
      method: 'POST',
      url: '/api/invoke',
      headers: { authorization: `Bearer ${token}` },
      payload: { input: {} },
    });
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'method' }] } });
  });

  it('trades the printed token for an HttpOnly cookie and serves the renderer with the CSP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seat-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>seat</title>');
    await build(dir);
    const login = await app.inject({ method: 'GET', url: `/?token=${token}` });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const page = await app.inject({ method: 'GET', url: '/', headers: { cookie: cookie.split(';')[0] } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>seat</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);

    const anonymous = await app.inject({ method: 'GET', url: '/' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    app = await buildHostApp({ bridge: echoBridge, token, port: 4567 });
    const response = await app.inject({
      method: 'POST',
      url: '/api/invoke',
      headers: { host: 'evil.example:4567', authorization: `Bearer ${token}` },
      payload: { method: 'seat.info', input: {} },
    });
    expect(response.statusCode).toBe(403);
  });
});
