import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCenter, type TestCenter } from '../server/helpers/test-center';
import { openSyncTestSeat, type SyncTestSeat } from '../../helpers/sync-test-seat';
import { useTempDir } from '../../helpers/temp-dir';
import type { CenterFetch } from '../../../src/core/sync/center-client';
import { completeTicket } from '../../helpers/complete-intake-ticket';
import { signInRefusalPaths } from '../../../src/shared/contract/sync/sync-method-schemas';

describe('seat sync against the real center on loopback', () => {
  const tempDir = useTempDir();
  const open: { centers: TestCenter[]; seats: SyncTestSeat[] } = { centers: [], seats: [] };

  afterEach(async () => {
    for (const seat of open.seats.splice(0)) seat.close();
    for (const center of open.centers.splice(0)) await center.close();
  });

  async function listeningCenter(options: Parameters<typeof openTestCenter>[0] = {}) {
    const center = await openTestCenter({ clock: Date.now, ...options });
    open.centers.push(center);
    await center.app.listen({ host: '127.0.0.1', port: 0 });
    const address = center.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { center, url: `http://127.0.0.1:${port}` };
  }

  async function signedInSeat(url: string, center: TestCenter, username = 'operator', fetch?: CenterFetch, dir = tempDir()) {
    const seat = openSyncTestSeat(dir, url, fetch ? { fetch } : {});
    open.seats.push(seat);
    await seat.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await seat.client.call('sync.signIn', { username, password: center.password(username) });
    return seat;
  }

  /** Reads the seat's file beside its running core, as an administrator's tool would. */
  const readSeat = <T,>(seat: SyncTestSeat, read: (db: Database.Database) => T): T => {
    const db = new Database(seat.databasePath, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  const seatRow = (seat: SyncTestSeat, id: string) =>
    readSeat(seat, (db) =>
      db.prepare('SELECT number, status, server_version FROM tickets WHERE id = ?').get(id) as
        | { number: string | null; status: string; server_version: number | null }
        | undefined,
    );
  const listIndexes = (seat: SyncTestSeat) =>
    readSeat(seat, (db) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL").pluck().all());
  const deferredIndexCount = (seat: SyncTestSeat) => readSeat(seat, (db) => db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get());

  it('starts not configured, then signed out once a center is set', async () => {
    const { url } = await listeningCenter();
    const seat = openSyncTestSeat(tempDir(), url);
    open.seats.push(seat);
    expect((await seat.client.call('sync.status', {})).connection).toBe('not_configured');
    const status = await seat.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    expect(status.connection).toBe('signed_out');
  });

  it('pushes a dispatched intake, acknowledges it, and pulls the center state back', async () => {
    const { center, url } = await listeningCenter();
    const seat = await signedInSeat(url, center);
    const ticketId = await seat.dispatch();
    const status = await seat.client.call('sync.now', {});
    expect(status).toMatchObject({ connection: 'online', pending: 0, rejections: 0, problem: null, account: { username: 'operator' } });
    expect(status.lastSyncAt).not.toBeNull();
    const row = seatRow(seat, ticketId);
    expect(row?.status).toBe('dispatched');
    expect(row?.number).toMatch(/^\d{13}$/);
    expect(row?.server_version).toBeGreaterThan(0);
    expect(center.footprint().tickets).toBe(1);
  });

  it('shows another seat its colleague’s ticket with the notes added later', async () => {
    const { center, url } = await listeningCenter();
    const first = await signedInSeat(url, center, 'operator');
    const second = await signedInSeat(url, center, 'operator2');
    const ticketId = await first.dispatch();
    await first.client.call('tickets.addNote', { ticketId, body: '来电人补充：楼道暖气也不热。' });
    await first.client.call('sync.now', {});
    await second.client.call('sync.now', {});
    const detail = await second.client.call('tickets.get', { id: ticketId });
    expect(detail?.status).toBe('dispatched');
    expect(detail?.notes.map((note) => note.body)).toEqual([expect.stringContaining('暖气'), '来电人补充：楼道暖气也不热。']);
    // The audit trail names the operator, on the seat that wrote it and on the one that pulled it.
    expect(detail?.notes.map((note) => note.author)).toEqual(['operator', 'operator']);
    // 受理人 names the operator who took the call, not a seat's client id.
    expect(detail?.createdBy).toBe('operator');
    expect((await first.client.call('tickets.get', { id: ticketId }))?.notes.map((note) => note.author)).toEqual(['operator', 'operator']);
    // The center's own history shows on the timeline beside the seat's, by what happened.
    expect(detail?.events.filter((event) => event.source === 'center').map((event) => event.kind)).toEqual(['created', 'dispatch']);
  });

  it('builds the list indexes its first pull went without, once the pull is done', async () => {
    const { center, url } = await listeningCenter();
    const first = await signedInSeat(url, center, 'operator');
    await first.dispatch();
    await first.client.call('sync.now', {});
    const second = await signedInSeat(url, center, 'operator2');
    expect(readSeat(second, (db) => db.prepare('SELECT count(*) FROM tickets').pluck().get())).toBe(1);
    expect(deferredIndexCount(second)).toBe(0);
    expect(listIndexes(second)).toEqual(expect.arrayContaining(['tickets_by_received', 'tickets_by_caller', 'tickets_by_street', 'tickets_by_status', 'tickets_by_due']));
  });

  it('builds them too when that first pull is cut off, since the seat may work offline a long while', async () => {
    const { center, url } = await listeningCenter();
    const pullFails: CenterFetch = (input, init) => (input.includes('/v1/sync/pull') ? Promise.reject(new Error('ECONNRESET')) : fetch(input, init));
    const seat = await signedInSeat(url, center, 'operator', pullFails);
    await expect.poll(() => deferredIndexCount(seat)).toBe(0);
    expect(listIndexes(seat)).toContain('tickets_by_received');
  });

  it('keeps working offline, says so, and sends everything once the center is back', async () => {
    const { center, url } = await listeningCenter();
    let down = false;
    const flaky: CenterFetch = (input, init) => (down ? Promise.reject(new Error('ECONNREFUSED')) : fetch(input, init));
    const seat = await signedInSeat(url, center, 'operator', flaky);
    down = true;
    await seat.dispatch();
    await seat.dispatch({ title: '第二张工单：楼内停水' });
    const offline = await seat.client.call('sync.now', {});
    expect(offline).toMatchObject({ connection: 'offline', pending: 4 });
    expect(offline.nextRetryAt).not.toBeNull();
    down = false;
    const online = await seat.client.call('sync.now', {});
    expect(online).toMatchObject({ connection: 'online', pending: 0 });
    expect(center.footprint().tickets).toBe(2);
  });

  it('signs in offline with the cached verifier after one online sign-in, and never without one', async () => {
    const { center, url } = await listeningCenter();
    const dir = tempDir();
    const first = openSyncTestSeat(dir, url);
    await first.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await first.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    first.close();

    const unreachable: CenterFetch = () => Promise.reject(new Error('ECONNREFUSED'));
    const again = openSyncTestSeat(dir, url, { fetch: unreachable });
    open.seats.push(again);
    await again.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await expect(again.client.call('sync.signIn', { username: 'operator', password: 'wrong' })).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(again.client.call('sync.signIn', { username: 'operator2', password: center.password('operator2') })).rejects.toThrow(
      /first sign-in needs the center/,
    );
    const status = await again.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    expect(status).toMatchObject({ connection: 'offline', signedInOffline: true, account: { username: 'operator' } });
  });

  it('refuses a wrong password online with a clear error', async () => {
    const { url } = await listeningCenter();
    const seat = openSyncTestSeat(tempDir(), url);
    open.seats.push(seat);
    await seat.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await expect(seat.client.call('sync.signIn', { username: 'operator', password: 'not-it' })).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/wrong username or password/),
    });
  });

  it('says the account is locked after too many wrong passwords, and does not sign in offline around the lock', async () => {
    const { center, url } = await listeningCenter();
    const seat = await signedInSeat(url, center);
    await seat.client.call('sync.signOut', {});
    for (let i = 0; i < 5; i += 1) {
      await expect(seat.client.call('sync.signIn', { username: 'operator', password: `guess-${i}` })).rejects.toMatchObject({ code: 'unauthorized' });
    }
    const locked = seat.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    await expect(locked).rejects.toMatchObject({ code: 'unauthorized', issues: [{ path: signInRefusalPaths.tooManyAttempts, reason: expect.stringMatching(/try again in 15 min/) }] });
    expect((await seat.client.call('sync.status', {})).connection).toBe('signed_out');
  });

  it('lists a refused mutation with its reason until the operator dismisses it', async () => {
    const { center, url } = await listeningCenter();
    const seat = await signedInSeat(url, center, 'callback');
    await seat.dispatch();
    const status = await seat.client.call('sync.now', {});
    expect(status.pending).toBe(0);
    expect(status.rejections).toBe(2);
    const rejections = await seat.client.call('sync.rejections', {});
    // Newest first: the dispatch fails because the ticket it names was itself refused.
    expect(rejections).toMatchObject([
      { mutation: 'ticket.request@1', outcome: 'rejected', reasonCode: 'unknown_ticket' },
      { mutation: 'ticket.create@1', outcome: 'rejected', reasonCode: 'mutation_not_allowed', ticketTitle: '多福巷社区5号楼至今未供暖' },
    ]);
    await seat.client.call('sync.dismissRejection', { clientSeq: rejections[1]!.clientSeq });
    const left = await seat.client.call('sync.rejections', {});
    expect(left.map((r) => r.clientSeq)).toEqual([rejections[0]!.clientSeq]);
    expect((await seat.client.call('sync.status', {})).rejections).toBe(1);
  });

  it('applies nothing from a malformed answer, shows the error, and keeps the outbox', async () => {
    const { center, url } = await listeningCenter();
    let corrupt = false;
    const corrupting: CenterFetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!corrupt || !input.includes('/v1/sync/pull')) return response;
      return new Response(JSON.stringify({ tickets: [{ id: 42 }], cursor: -1, hasMore: false }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const other = await signedInSeat(url, center, 'operator2');
    await other.dispatch();
    await other.client.call('sync.now', {});

    const seat = await signedInSeat(url, center, 'operator', corrupting);
    corrupt = true;
    const ticketId = await seat.dispatch();
    const status = await seat.client.call('sync.now', {});
    expect(status.problem).toMatchObject({ code: 'bad_response', message: expect.stringMatching(/pull/) });
    expect(seatRow(seat, ticketId)?.server_version).toBeNull();
    corrupt = false;
    expect(await seat.client.call('sync.now', {})).toMatchObject({ problem: null, pending: 0 });
    expect(seatRow(seat, ticketId)?.status).toBe('dispatched');
  });

  it('refuses to mix in another center’s tickets when its address leads elsewhere, and carries on back home', async () => {
    const home = await listeningCenter();
    const elsewhere = await listeningCenter();
    const seat = await signedInSeat(home.url, home.center);
    await seat.dispatch();
    await seat.client.call('sync.now', {});

    await seat.client.call('sync.connect', { centerUrl: elsewhere.url, seatId: 'A-0101' });
    await seat.client.call('sync.signIn', { username: 'operator', password: elsewhere.center.password('operator') });
    const queued = await seat.dispatch();
    const refused = await seat.client.call('sync.now', {});
    expect(refused.problem).toMatchObject({ code: 'other_center', message: expect.stringContaining(elsewhere.url) });
    expect(refused.pending).toBe(2);
    expect(elsewhere.center.footprint().tickets).toBe(0);

    await seat.client.call('sync.connect', { centerUrl: home.url, seatId: 'A-0101' });
    await seat.client.call('sync.signIn', { username: 'operator', password: home.center.password('operator') });
    expect(await seat.client.call('sync.status', {})).toMatchObject({ problem: null, pending: 0 });
    expect(seatRow(seat, queued)?.status).toBe('dispatched');
    expect(home.center.footprint().tickets).toBe(2);
  });

  it('stops with a clear message when the center speaks another API version, keeping local work', async () => {
    const { center, url } = await listeningCenter();
    const newer: CenterFetch = async (input, init) => {
      if (!input.endsWith('/v1/health')) return fetch(input, init);
      return new Response(JSON.stringify({ status: 'ok', apiVersion: 2, cursor: 0, serverTime: Date.now() }), { status: 200 });
    };
    const seat = await signedInSeat(url, center, 'operator', newer);
    await seat.dispatch();
    const status = await seat.client.call('sync.now', {});
    expect(status.problem).toMatchObject({ code: 'schema_changed', message: expect.stringMatching(/update the seat/) });
    expect(status.pending).toBe(2);
    expect(center.footprint().tickets).toBe(0);
  });

  it('refreshes an expiring access token on its own, and asks for a new sign-in when the session is over', async () => {
    // Tokens shorter than the refresh margin: every exchange has to refresh first.
    const { center, url } = await listeningCenter({ accessTokenTtlMs: 30_000, refreshTokenTtlMs: 2_000 });
    const seat = await signedInSeat(url, center);
    await seat.dispatch();
    expect(await seat.client.call('sync.now', {})).toMatchObject({ connection: 'online', pending: 0, problem: null });

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await seat.dispatch();
    const status = await seat.client.call('sync.now', {});
    expect(status).toMatchObject({ pending: 2, problem: { code: 'session_expired', message: expect.stringMatching(/sign in again/) } });
    expect(status.account).toMatchObject({ username: 'operator' });

    const again = await seat.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    expect(again).toMatchObject({ connection: 'online', pending: 0, problem: null });
  });

  it('surfaces a conflicting edit of a routing field instead of overwriting, and shows the center’s value again', async () => {
    const { center, url } = await listeningCenter();
    const first = await signedInSeat(url, center, 'operator');
    const second = await signedInSeat(url, center, 'operator2');
    const ticketId = await first.dispatch();
    await first.client.call('sync.now', {});
    await second.client.call('sync.now', {});

    // Both operators correct the same ticket from what they saw; the first to reach the center wins the risky field.
    await first.client.call('tickets.editFields', { ticketId, fields: { urgency: 'emergency', address: '一号坐席改的地址' } });
    await second.client.call('tickets.editFields', { ticketId, fields: { urgency: 'normal' } });
    await first.client.call('sync.now', {});
    const status = await second.client.call('sync.now', {});
    expect(status).toMatchObject({ pending: 0, rejections: 1 });
    const [conflict] = await second.client.call('sync.rejections', {});
    expect(conflict).toMatchObject({ mutation: 'ticket.setFields@1', outcome: 'conflict', conflicts: [{ field: 'urgency', currentValue: 'emergency' }] });
    expect(await second.client.call('tickets.get', { id: ticketId })).toMatchObject({ urgency: 'emergency', address: '一号坐席改的地址' });
  });

  it('asks the center for a caller’s history and "already reported?" beyond the cache, and says which it shows', async () => {
    let offsetMs = 0;
    const { center, url } = await listeningCenter({ clock: () => Date.now() + offsetMs });
    const first = await signedInSeat(url, center, 'operator');
    const ticketId = await first.dispatch();
    await first.client.call('sync.now', {});
    // Ten days on, the ticket is outside what a newly signed-in seat pulls (the last three days).
    offsetMs = 10 * 24 * 3600_000;
    const second = await signedInSeat(url, center, 'operator2');
    expect(await second.client.call('tickets.get', { id: ticketId })).toBeNull();

    const history = await second.client.call('caller.history', { phone: '13812345678' });
    expect(history.source).toBe('center');
    expect(history.tickets.map((ticket) => ticket.id)).toEqual([ticketId]);
    const { title, description, streetCode } = completeTicket();
    const similar = await second.client.call('intake.similar', { title, description, streetCode });
    expect(similar.source).toBe('center');
    expect(similar.results.map((result) => result.ticket.id)).toContain(ticketId);

    const unreachable: CenterFetch = () => Promise.reject(new Error('ECONNREFUSED'));
    const offline = openSyncTestSeat(tempDir(), url, { fetch: unreachable });
    open.seats.push(offline);
    expect(await offline.client.call('caller.history', { phone: '13812345678' })).toMatchObject({ source: 'local', tickets: [] });
  });

  it('carries on as a new incarnation when its database was restored from a backup, and stops the superseded copy', async () => {
    const { center, url } = await listeningCenter();
    const dir = tempDir();
    const seat = openSyncTestSeat(dir, url);
    await seat.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await seat.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    await seat.dispatch({ title: '备份之前的工单' });
    await seat.client.call('sync.now', {});
    seat.close();
    const backup = join(tempDir(), 'backup.sqlite');
    copyFileSync(seat.databasePath, backup);

    const original = openSyncTestSeat(dir, url);
    open.seats.push(original);
    await original.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await original.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    await original.dispatch({ title: '备份之后的工单' });
    expect(await original.client.call('sync.now', {})).toMatchObject({ pending: 0, problem: null });
    original.close();
    open.seats.pop();

    // The original is lost; the backup comes back and the operator keeps working on it.
    const copyDir = tempDir();
    copyFileSync(backup, join(copyDir, 'seat.sqlite'));
    const restored = await signedInSeat(url, center, 'operator', undefined, copyDir);
    await restored.dispatch({ title: '恢复之后的工单' });
    expect(await restored.client.call('sync.now', {})).toMatchObject({ pending: 0, problem: null });
    expect((await restored.client.call('seat.info', {})).incarnation).toBe(2);
    expect(center.footprint().tickets).toBe(3);

    // The superseded copy (incarnation 1) is refused, says so, and keeps its work.
    const superseded = await signedInSeat(url, center, 'operator', undefined, dir);
    await superseded.dispatch({ title: '旧副本的工单' });
    const status = await superseded.client.call('sync.now', {});
    expect(status).toMatchObject({ pending: 2, problem: { code: 'restored_from_backup' } });
    expect(center.footprint().tickets).toBe(3);
  });

  it('takes the catalog and the knowledge base the center publishes through the same import code as local files', async () => {
    const { center, url } = await listeningCenter();
    const catalogAnswers: number[] = [];
    const recording: CenterFetch = async (input, init) => {
      const response = await fetch(input, init);
      if (input.endsWith('/v1/catalog')) catalogAnswers.push(response.status);
      return response;
    };
    const seat = openSyncTestSeat(tempDir(), url, { referenceEveryMs: 0, fetch: recording });
    open.seats.push(seat);
    await seat.client.call('sync.connect', { centerUrl: url, seatId: 'A-0101' });
    await seat.client.call('sync.signIn', { username: 'operator', password: center.password('operator') });
    await seat.client.call('sync.now', {});
    // The second exchange sends the ETag it holds: nothing new costs a 304, not the whole catalog.
    expect(catalogAnswers).toEqual([200, 304]);
    // The center serves the same version as the shipped file: nothing newer to apply.
    expect((await seat.client.call('catalog.get', {})).source).toBe('file');

    const current = center.center.services.catalogs.current().catalog;
    center.center.services.catalogs.publish({ ...current, version: `${current.version}.1`, publishedAt: current.publishedAt + 60_000 }, Date.now());
    center.center.services.kb.publish(
      [
        {
          id: 'kb-center-new',
          markdown: ['---', 'id: kb-center-new', 'title: 中心新发布的供暖答复口径', 'authority: 北京市城市管理委员会', 'category: 城乡建设/供暖',
            'district: 全市', 'effective_from: 2026-11-01', 'status: current', 'keywords: [供暖, 答复口径]', '---', '', '# 中心新发布的供暖答复口径', '',
            '供暖期内室温低于十六度的，可以要求供热单位上门检修。'].join('\n'),
        },
      ],
      Date.now(),
    );
    await seat.client.call('sync.now', {});
    expect(await seat.client.call('catalog.get', {})).toMatchObject({ source: 'center', catalog: { version: `${current.version}.1` } });
    const found = await seat.client.call('kb.search', { query: '中心新发布' });
    expect(found.results.map((result) => result.id)).toContain('kb-center-new');
  });

  it('keeps the outbox when a push answer is malformed, and the resend is a replay, not a second ticket', async () => {
    const { center, url } = await listeningCenter();
    let corrupt = false;
    const corrupting: CenterFetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!corrupt || !input.includes('/v1/sync/push')) return response;
      return new Response(JSON.stringify({ receipts: 'all fine', lastClientSeq: 99 }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const seat = await signedInSeat(url, center, 'operator', corrupting);
    corrupt = true;
    await seat.dispatch();
    const status = await seat.client.call('sync.now', {});
    expect(status).toMatchObject({ pending: 2, problem: { code: 'bad_response', message: expect.stringMatching(/push/) } });
    // The center did apply the push; only its answer was unreadable.
    expect(center.footprint().tickets).toBe(1);
    corrupt = false;
    expect(await seat.client.call('sync.now', {})).toMatchObject({ pending: 0, rejections: 0, problem: null });
    expect(center.footprint()).toMatchObject({ tickets: 1, receipts: 2 });
  });
});
