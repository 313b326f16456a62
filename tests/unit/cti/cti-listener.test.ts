import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startCtiListener, type CtiListener } from '../../../src/core/cti/cti-listener';
import { createCtiRequestHandler, maxCtiBodyBytes } from '../../../src/core/cti/cti-request-handler';
import type { SeatBridge } from '../../../src/shared/contract/bridge';
import type { Envelope } from '../../../src/shared/contract/envelope';
import { post } from './http-post';

const token = 'A'.repeat(43);
const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const ringing = { callId: 'call-1', ani: '13812345678', dnis: '12345', at: 1_790_000_000_000 };
const listeners: CtiListener[] = [];

/** A bridge that records what reaches cti.incoming and answers what the test says. */
function fakeBridge(answer: (input: unknown) => Envelope = (input) => ({ ok: true, value: { echoed: input } })) {
  const calls: { method: string; input: unknown }[] = [];
  const bridge: Pick<SeatBridge, 'invoke'> = {
    invoke: async (method, input) => {
      calls.push({ method, input });
      return answer(input);
    },
  };
  return { bridge, calls };
}

async function listen(bridge: Pick<SeatBridge, 'invoke'>, now = () => 42): Promise<number> {
  const listener = await startCtiListener({ port: 0, token, bridge, now });
  listeners.push(listener);
  return listener.port;
}

afterEach(async () => {
  for (const listener of listeners.splice(0)) await listener.close();
});

describe('the CTI listener', () => {
  it('forwards a ringing event to cti.incoming and answers with what the seat answered', async () => {
    const { bridge, calls } = fakeBridge();
    const port = await listen(bridge);
    const answer = await post({ port, headers: auth, body: JSON.stringify(ringing) });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.body).toEqual({ echoed: ringing });
    expect(calls).toEqual([{ method: 'cti.incoming', input: ringing }]);
  });

  it('stamps an event without `at` with the time it arrived', async () => {
    const { bridge, calls } = fakeBridge();
    const port = await listen(bridge, () => 1_234);
    const { callId, ani, dnis } = ringing;
    expect((await post({ port, headers: auth, body: JSON.stringify({ callId, ani, dnis }) })).status).toBe(200);
    expect(calls[0]?.input).toEqual({ callId, ani, dnis, at: 1_234 });
  });

  it('refuses a request without the token, or with another one, before reading it (401)', async () => {
    const { bridge, calls } = fakeBridge();
    const port = await listen(bridge);
    const missing = await post({ port, body: JSON.stringify(ringing) });
    expect(missing.status).toBe(401);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.stringMatching(/cti-token/) });
    const wrong = await post({ port, headers: { authorization: `Bearer ${'B'.repeat(43)}` }, body: JSON.stringify(ringing) });
    expect(wrong.status).toBe(401);
    expect((await post({ port, headers: { authorization: `Basic ${token}` }, body: '{}' })).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('names the offending field of a malformed event (400)', async () => {
    const { bridge, calls } = fakeBridge();
    const port = await listen(bridge);
    const noAni = await post({ port, headers: auth, body: JSON.stringify({ callId: 'c', dnis: '12345' }) });
    expect(noAni.status).toBe(400);
    expect(noAni.body).toMatchObject({ status: 400, detail: 'The call event is malformed (ani).', issues: [{ path: 'ani' }] });

    const badAt = await post({ port, headers: auth, body: JSON.stringify({ ...ringing, at: -1 }) });
    expect(badAt.body).toMatchObject({ issues: [{ path: 'at' }] });

    const extra = await post({ port, headers: auth, body: JSON.stringify({ ...ringing, agent: 'x' }) });
    expect(extra.status).toBe(400);
    expect(extra.body).toMatchObject({ issues: [{ path: '', reason: expect.stringMatching(/agent/) }] });

    const notJson = await post({ port, headers: auth, body: '{"callId": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.detail).toMatch(/^The body is not JSON/);
    expect(calls).toEqual([]);
  });

  it('refuses an oversized body whether its length is declared or streamed (413)', async () => {
    const { bridge, calls } = fakeBridge();
    const port = await listen(bridge);
    const declared = await post({ port, headers: auth, body: JSON.stringify({ ...ringing, ani: 'x'.repeat(maxCtiBodyBytes) }) });
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ status: 413, title: 'Payload Too Large' });
    const streamed = await post({ port, headers: auth, body: Array.from({ length: 10 }, () => ' '.repeat(1024)) });
    expect(streamed.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('answers only its one endpoint, by POST', async () => {
    const port = await listen(fakeBridge().bridge);
    expect((await post({ port, path: '/v1/calls', headers: auth, body: '{}' })).status).toBe(404);
    const get = await post({ port, method: 'GET', headers: auth });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('passes the seat core’s refusals on as problems: bad input 400, not served 503, failure 500', async () => {
    const refusals: Record<string, Envelope> = {
      invalid: { ok: false, error: { code: 'invalid_input', method: 'cti.incoming', message: 'cti.incoming: ani: too long', issues: [{ path: 'ani', reason: 'too long' }] } },
      missing: { ok: false, error: { code: 'unknown_method', method: 'cti.incoming', message: 'cti.incoming: not served here', issues: [] } },
      broken: { ok: false, error: { code: 'handler_failed', method: 'cti.incoming', message: 'cti.incoming: disk full', issues: [] } },
    };
    const port = await listen(fakeBridge((input) => refusals[(input as { callId: string }).callId]!).bridge);
    const send = (callId: string) => post({ port, headers: auth, body: JSON.stringify({ ...ringing, callId }) });
    expect(await send('invalid')).toMatchObject({ status: 400, body: { detail: 'cti.incoming: ani: too long', issues: [{ path: 'ani' }] } });
    expect(await send('missing')).toMatchObject({ status: 503, body: { detail: 'cti.incoming: not served here' } });
    expect(await send('broken')).toMatchObject({ status: 500, body: { detail: 'cti.incoming: disk full' } });
  });

  it('says clearly when its port is taken', async () => {
    const port = await listen(fakeBridge().bridge);
    await expect(startCtiListener({ port, token, bridge: fakeBridge().bridge })).rejects.toThrow(
      new RegExp(`^port ${port} on 127\\.0\\.0\\.1 is already in use .*change ctiPort`),
    );
  });

  // The listener binds 127.0.0.1, so no other peer can reach it; this checks the second line of defence
  // by serving the same handler on this machine's network address, where one is available.
  const networkAddress = Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;

  it.skipIf(networkAddress === undefined)('refuses a peer that is not this machine’s loopback (403)', async () => {
    const { bridge, calls } = fakeBridge();
    const server = createServer(createCtiRequestHandler({ token, bridge }));
    await new Promise<void>((resolve) => server.listen(0, networkAddress, resolve));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const answer = await post({ host: networkAddress, port, headers: auth, body: JSON.stringify(ringing) });
      expect(answer.status).toBe(403);
      expect(answer.body.detail).toMatch(/loopback/);
      expect(calls).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
