import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { TicketLookupResponse } from '../../../src/shared/sync/ticket-lookup-schemas';
import { openTestCenter, type TestCenter } from './helpers/test-center';
import { createMutation, demo } from './helpers/ticket-fixtures';

describe('ticket lookups (GET /v1/tickets)', () => {
  let t: TestCenter;
  beforeEach(async () => {
    t = await openTestCenter();
  });
  afterEach(async () => t.close());

  const lookup = async (auth: { authorization: string }, query: string) =>
    t.app.inject({ method: 'GET', url: `/v1/tickets?${query}`, headers: auth });

  it('finds a caller’s tickets and a street’s recent ones, newest first, without joining the pull scope', async () => {
    const writer = await t.seat();
    const [older, newer] = [uuidv7(), uuidv7()];
    await writer.pushOk([createMutation(1, older, {}, t.now())]);
    t.advance(60_000);
    await writer.pushOk([createMutation(2, newer, {}, t.now())]);
    const reader = await t.seat('operator2');

    const byCaller = (await lookup(reader.auth, 'callerPhoneKey=%2B8613812345678')).json() as TicketLookupResponse;
    expect(byCaller.tickets.map((ticket) => ticket.id)).toEqual([newer, older]);
    const byStreet = (await lookup(reader.auth, `streetCode=${demo.streetCode}&receivedFrom=${t.now() - 30_000}`)).json() as TicketLookupResponse;
    expect(byStreet.tickets.map((ticket) => ticket.id)).toEqual([newer]);
    expect((await lookup(reader.auth, 'callerPhoneKey=%2B8613900000000')).json()).toEqual({ tickets: [] });
  });

  it.each([
    ['neither key', ''],
    ['both keys', `callerPhoneKey=%2B8613812345678&streetCode=${demo.streetCode}`],
    ['a malformed street code', 'streetCode=12'],
    ['a limit out of range', 'callerPhoneKey=%2B8613812345678&limit=5000'],
    ['an unknown parameter', 'callerPhoneKey=%2B8613812345678&everything=1'],
  ])('refuses %s with a problem document', async (_name, query) => {
    const seat = await t.seat();
    const response = await lookup(seat.auth, query);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('is for seats: a unit clerk gets 403 and nobody signed in 401', async () => {
    const unit = await t.login(demo.leadUnitAccount, { clientId: null });
    expect((await lookup({ authorization: `Bearer ${unit.accessToken}` }, 'callerPhoneKey=%2B8613812345678')).statusCode).toBe(403);
    expect((await lookup({ authorization: '' }, 'callerPhoneKey=%2B8613812345678')).statusCode).toBe(401);
  });
});
