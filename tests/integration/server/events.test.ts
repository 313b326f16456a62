import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import { openEventStream } from './helpers/event-stream-reader';
import { openTestCenter, type TestCenter } from './helpers/test-center';
import { createMutation, demo, dispatchToDemoUnit, requestMutation } from './helpers/ticket-fixtures';

describe('sync events (SSE over real HTTP)', () => {
  let t: TestCenter;
  let base: string;
  const streams: { close(): void }[] = [];
  beforeEach(async () => {
    t = await openTestCenter({ heartbeatMs: 50, maxStreams: 2 });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    await t.close();
  });

  async function stream(auth: { authorization: string }) {
    const opened = await openEventStream(`${base}/v1/sync/events`, auth);
    streams.push(opened);
    return opened;
  }

  it('sends the current cursor on connect and a poke after a push commits', async () => {
    const watcher = await t.seat('operator2');
    const events = await stream(watcher.auth);
    expect(events.status).toBe(200);
    expect(events.contentType).toMatch(/^text\/event-stream/);
    expect(await events.next()).toEqual({ event: 'changed', data: JSON.stringify({ cursor: 0 }) });

    const author = await t.seat();
    const ticketId = uuidv7();
    await author.pushOk([createMutation(1, ticketId), requestMutation(2, ticketId, dispatchToDemoUnit)]);
    // Pokes may be coalesced; the last one names the newest change.
    let poke = JSON.parse((await events.next()).data);
    while (poke.cursor < 2) poke = JSON.parse((await events.next()).data);
    expect(poke).toEqual({ cursor: 2 });
    expect((await watcher.pull(0)).tickets.map((ticket) => ticket.id)).toEqual([ticketId]);
  });

  it('pokes after a unit acts, too', async () => {
    const author = await t.seat();
    const ticketId = uuidv7();
    await author.pushOk([createMutation(1, ticketId), requestMutation(2, ticketId, dispatchToDemoUnit)]);
    const events = await stream(author.auth);
    expect(JSON.parse((await events.next()).data)).toEqual({ cursor: 2 });
    const unit = await t.login(demo.leadUnitAccount, { clientId: null });
    const signed = await fetch(`${base}/v1/units/tickets/${ticketId}/sign-for`, {
      method: 'POST',
      headers: { authorization: `Bearer ${unit.accessToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(signed.status).toBe(200);
    expect(JSON.parse((await events.next()).data)).toEqual({ cursor: 3 });
  });

  it('sends heartbeats, and ends the stream once the access token has expired', async () => {
    const seat = await t.seat();
    const events = await stream(seat.auth);
    await events.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.comments()).toBeGreaterThan(0);
    t.advance(15 * 60_000);
    await events.ended;
  });

  it('keeps one stream per seat database and refuses more streams than allowed (503)', async () => {
    const first = await t.seat();
    const again = await stream(first.auth);
    await again.next();
    const replacement = await stream(first.auth);
    await replacement.next();
    // The older stream of the same database was ended, not counted twice.
    await again.ended;
    await (await stream((await t.seat('operator2')).auth)).next();
    const third = await stream((await t.seat('supervisor')).auth);
    expect(third.status).toBe(503);
    expect(JSON.parse(third.body)).toMatchObject({ type: problemTypes.tooManyStreams, status: 503 });
  });

  it('closes open streams when the center stops', async () => {
    const seat = await t.seat();
    const events = await stream(seat.auth);
    await events.next();
    await t.center.close();
    await events.ended;
  });
});
