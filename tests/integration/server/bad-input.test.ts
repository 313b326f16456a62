import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { problemDocumentSchema } from '../../../src/shared/sync/problem-document-schema';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import { openTestCenter, type TestCenter, type TestSeat } from './helpers/test-center';
import { createMutation, dispatchToDemoUnit, requestMutation } from './helpers/ticket-fixtures';

/**
 * Every kind of bad request gets an RFC 9457 problem document with the
 * right status and type, and leaves the center exactly as it was.
 */
describe('bad input', () => {
  let t: TestCenter;
  let seat: TestSeat;
  let before: ReturnType<TestCenter['footprint']>;
  beforeEach(async () => {
    t = await openTestCenter();
    seat = await t.seat();
    const ticketId = uuidv7();
    await seat.pushOk([createMutation(1, ticketId), requestMutation(2, ticketId, dispatchToDemoUnit)]);
    before = t.footprint();
  });
  afterEach(async () => {
    expect(t.footprint()).toEqual(before);
    await t.close();
  });

  function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, type: string) {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = problemDocumentSchema.parse(response.json());
    expect(problem).toMatchObject({ status, type });
    expect(problem.title.length).toBeGreaterThan(0);
    expect(problem.detail.length).toBeGreaterThan(0);
    return problem;
  }

  const push = (payload: string | object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...seat.auth, 'content-type': 'application/json', ...headers }, payload });

  it('malformed JSON: 400 invalid-json', async () => {
    const problem = expectProblem(await push('{"clientId": "x", "mutations": [ '), 400, problemTypes.invalidJson);
    expect(problem.instance).toBe('/v1/sync/push');
    expectProblem(await push(''), 400, problemTypes.invalidJson);
    // Prototype poisoning is refused by the JSON parser, not merged into an object.
    expectProblem(await push('{"__proto__": {"admin": true}}'), 400, problemTypes.invalidJson);
  });

  it('an unknown mutation name or version: 400 naming it, and none of the push applied', async () => {
    const mutations = [createMutation(3), { clientSeq: 4, name: 'ticket.create@2', args: {} }, { clientSeq: 5, name: 'ticket.delete@1', args: {} }];
    const problem = expectProblem(await push({ clientId: seat.clientId, incarnation: 1, mutations }), 400, problemTypes.unknownMutation);
    expect(problem.detail).toContain('"ticket.create@2"');
    expect(problem.detail).toContain('ticket.create@1');
    expect(problem.errors).toEqual([
      { path: 'body.mutations.1.name', reason: expect.stringContaining('ticket.create@2') },
      { path: 'body.mutations.2.name', reason: expect.stringContaining('ticket.delete@1') },
    ]);
  });

  it('fields of the wrong type: 400 naming each field, and none of the push applied', async () => {
    const good = createMutation(3);
    const wrong = createMutation(4) as { args: { ticket: Record<string, unknown> } };
    wrong.args.ticket.title = 42;
    wrong.args.ticket.urgency = 'very';
    const problem = expectProblem(
      await push({ clientId: seat.clientId, incarnation: '1', mutations: [good, { ...wrong, clientSeq: '4' }] }),
      400,
      problemTypes.invalidRequest,
    );
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([
      'body.incarnation',
      'body.mutations.1.args.ticket.title',
      'body.mutations.1.args.ticket.urgency',
      'body.mutations.1.clientSeq',
    ]);
  });

  it('sequence numbers out of order inside one push: 400', async () => {
    const problem = expectProblem(
      await push({ clientId: seat.clientId, incarnation: 1, mutations: [createMutation(3), createMutation(3)] }),
      400,
      problemTypes.invalidRequest,
    );
    expect(problem.errors).toEqual([{ path: 'body.mutations.1.clientSeq', reason: expect.stringContaining('must be 4') }]);
  });

  it('wrong query and path parameters: 400 naming them', async () => {
    const pull = await t.app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=-1&limit=abc', headers: seat.auth });
    const problem = expectProblem(pull, 400, problemTypes.invalidRequest);
    expect(problem.errors?.map((error) => error.path)).toEqual(['query.cursor', 'query.limit']);
    const extra = await t.app.inject({ method: 'GET', url: '/v1/sync/pull?since=3', headers: seat.auth });
    expect(expectProblem(extra, 400, problemTypes.invalidRequest).errors?.[0]?.reason).toMatch(/since/);
    const unit = await t.login('unit-street-110101001', { clientId: null });
    const badId = await t.app.inject({
      method: 'POST',
      url: '/v1/units/tickets/not-a-uuid/sign-for',
      headers: { authorization: `Bearer ${unit.accessToken}` },
      payload: {},
    });
    expect(expectProblem(badId, 400, problemTypes.invalidRequest).errors?.[0]?.path).toBe('params.id');
  });

  it('oversized bodies: 413', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    expectProblem(await push(JSON.stringify({ clientId: seat.clientId, incarnation: 1, mutations: [], pad: huge })), 413, problemTypes.payloadTooLarge);
    const login = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { username: 'operator', password: 'x'.repeat(100 * 1024), seatId: 'A-1' },
    });
    expectProblem(login, 413, problemTypes.payloadTooLarge);
  });

  it('a body that is not JSON: 415', async () => {
    expectProblem(await push('clientId=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415, problemTypes.unsupportedMediaType);
  });

  it('missing, malformed or expired tokens: 401, before the body is even read', async () => {
    const body = { clientId: seat.clientId, incarnation: 1, mutations: [createMutation(3)] };
    const none = await t.app.inject({ method: 'POST', url: '/v1/sync/push', payload: body });
    expectProblem(none, 401, problemTypes.unauthenticated);
    const malformed = await t.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { authorization: 'Bearer not.a-token' }, payload: body });
    expectProblem(malformed, 401, problemTypes.unauthenticated);
    const basic = await t.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { authorization: 'Basic b3BlcmF0b3I6eA==' }, payload: body });
    expectProblem(basic, 401, problemTypes.unauthenticated);
    const anonymousHuge = await t.app.inject({ method: 'POST', url: '/v1/sync/push', payload: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    expectProblem(anonymousHuge, 401, problemTypes.unauthenticated);
    t.advance(16 * 60_000);
    const expired = expectProblem(await push(body), 401, problemTypes.unauthenticated);
    expect(expired.detail).toMatch(/expired/);
  });

  it('the wrong role: 403', async () => {
    const callback = await t.login('admin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { authorization: `Bearer ${callback.accessToken}` },
      payload: { clientId: seat.clientId, incarnation: 1, mutations: [createMutation(3)] },
    });
    expectProblem(response, 403, problemTypes.forbidden);
  });

  it('an unknown route: 404 problem', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/v1/tickets/everything' }), 404, problemTypes.notFound);
  });
});
