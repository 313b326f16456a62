import Database from 'better-sqlite3';
import { createServer, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchOperator } from '../../../bench/sync/bench-operator';
import { fillCenter } from '../../../bench/sync/fill-center';
import { openCenter } from '../../../src/server/open-center';
import { pullReaderSource } from '../../helpers/core-worker-from-source';
import { openSyncTestSeat, type SyncTestSeat } from '../../helpers/sync-test-seat';
import { useTempDir } from '../../helpers/temp-dir';
import { resourcesDir } from '../server/helpers/test-center';
import type { SeatCoreOptions } from '../../../src/core/seat/seat-core';
import type { SyncStatus } from '../../../src/shared/contract/sync/sync-status-schema';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { createOutboxStore } from '../../../src/core/outbox/outbox-store';
import { createPulledTicketApplier } from '../../../src/core/sync/apply-pulled-tickets';
import { createCenterClient } from '../../../src/core/sync/center-client';
import { preparePulledTicket } from '../../../src/core/sync/prepare-pulled-ticket';

/**
 * An empty seat's first pull read on the pull reader's thread (the core only
 * writes) must leave exactly the database the core's own pull leaves, and a
 * reader that fails must cost nothing but time.
 */
describe('first pull through the pull reader thread', () => {
  const tempDir = useTempDir();
  // Three pages and a bit: the reader runs ahead of the core and waits for it.
  const ticketCount = 450;
  let center: Awaited<ReturnType<typeof openCenter>>;
  let url: string;

  beforeAll(async () => {
    const dataDir = tempDir();
    await fillCenter(dataDir, { count: ticketCount });
    center = await openCenter({ dataDir, resourcesDir });
    await center.app.listen({ host: '127.0.0.1', port: 0 });
    const address = center.app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);

  afterAll(async () => {
    await center?.close();
  });

  async function firstPull(sync: SeatCoreOptions['sync'], statuses: SyncStatus[] = [], centerUrl = url): Promise<SyncTestSeat> {
    const seat = openSyncTestSeat(tempDir(), centerUrl, sync);
    seat.client.on('sync.status', (status) => statuses.push(status));
    await seat.client.call('sync.connect', { centerUrl, seatId: 'R-0001' });
    await seat.client.call('sync.signIn', benchOperator);
    return seat;
  }

  /** Every table a pull writes, as rows without the seat's own client id (each seat has its own). */
  function pulledState(seat: SyncTestSeat) {
    const db = new Database(seat.databasePath, { readonly: true });
    try {
      const all = (sql: string) => db.prepare(sql).all();
      return {
        tickets: all('SELECT * FROM tickets ORDER BY ticket_key'),
        notes: all('SELECT * FROM ticket_notes ORDER BY ticket_key, revision'),
        centerEvents: all('SELECT * FROM ticket_center_events ORDER BY ticket_key'),
        profiles: all('SELECT * FROM ticket_text_profiles ORDER BY ticket_key'),
        titleIndex: all('SELECT rowid, title FROM ticket_title_fts ORDER BY rowid'),
        links: all('SELECT * FROM ticket_links ORDER BY ticket_key, linked_ticket_id'),
        cursor: db.prepare("SELECT value FROM sync_state WHERE key = 'ticket_cursor'").pluck().get(),
        deferredIndexes: db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get(),
      };
    } finally {
      db.close();
    }
  }

  it('stores exactly what the core’s own pull stores', async () => {
    const logged: string[] = [];
    const statuses: SyncStatus[] = [];
    const read = await firstPull({ pullReader: { file: pullReaderSource, execArgv: ['--import', 'tsx'] }, log: (line) => logged.push(line) }, statuses);
    const own = await firstPull({});
    try {
      expect(logged).toEqual([]);
      // The status names the operator before the first exchange ends, then counts what the first pull received.
      const signedIn = statuses.findIndex((status) => status.account !== null);
      expect(statuses[signedIn]).toMatchObject({ connection: 'online', lastSyncAt: null });
      const received = statuses.flatMap((status) => (status.firstPull ? [status.firstPull.received] : []));
      expect(received.at(-1)).toBe(ticketCount);
      expect(received).toEqual([...received].sort((a, b) => a - b));
      expect(statuses.at(-1)).toMatchObject({ firstPull: null, lastSyncAt: expect.any(Number) });
      const viaReader = pulledState(read);
      expect(viaReader.tickets).toHaveLength(ticketCount);
      expect(viaReader.cursor).toBeGreaterThan(0);
      expect(viaReader.deferredIndexes).toBe(0);
      expect(viaReader).toEqual(pulledState(own));
      expect((await read.client.call('sync.status', {})).connection).toBe('online');
    } finally {
      read.close();
      own.close();
    }
  }, 60_000);

  it('carries on from the reader’s cursor when the center fails it midway, and stores the same', async () => {
    // A proxy in front of the center answers the second pull request 503: the reader's, after its first page.
    let pulls = 0;
    const proxy = createServer((request, response) => {
      if (request.url?.startsWith('/v1/sync/pull') && ++pulls === 2) {
        response.writeHead(503, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }));
        return;
      }
      const forwarded = httpRequest(`${url}${request.url}`, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      request.pipe(forwarded);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    const proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const logged: string[] = [];
    const read = await firstPull({ pullReader: { file: pullReaderSource, execArgv: ['--import', 'tsx'] }, log: (line) => logged.push(line) }, [], proxyUrl);
    const own = await firstPull({});
    try {
      expect(logged).toEqual([expect.stringMatching(/reader thread stopped, the core reads on from cursor [1-9]\d*: .*503/)]);
      expect(pulledState(read)).toEqual(pulledState(own));
      expect((await read.client.call('sync.status', {})).problem).toBeNull();
    } finally {
      read.close();
      own.close();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 60_000);

  it('carries on in the core when the reader thread cannot run, and says so in the log', async () => {
    const logged: string[] = [];
    const seat = await firstPull({ pullReader: { file: '/nonexistent/pull-reader.js' }, log: (line) => logged.push(line) });
    try {
      expect(pulledState(seat).tickets).toHaveLength(ticketCount);
      expect(logged).toEqual([expect.stringMatching(/reader thread stopped, the core reads on from cursor 0: .*pull-reader\.js/)]);
      expect((await seat.client.call('sync.status', {})).problem).toBeNull();
    } finally {
      seat.close();
    }
  }, 60_000);

  it('leaves a ticket with pending edits to be fetched whole, and lays the edits over the center’s new state then', async () => {
    const client = createCenterClient({ baseUrl: url });
    const session = await client.login({ ...benchOperator, seatId: 'R-0002', clientId: uuidv7() });
    const [mine, other] = (await client.pull(session.accessToken, 0, 2)).tickets;
    if (!mine || !other) throw new Error('the filled center has tickets');
    const db = openSeatDatabase(join(tempDir(), 'seat.sqlite'));
    try {
      const applier = createPulledTicketApplier(db, () => 'operator');
      applier.applyPage([mine, other], 2);
      const keyOf = (id: string) => db.prepare<[string], number>('SELECT ticket_key FROM tickets WHERE id = ?').pluck().get(id)!;
      createOutboxStore(db).append('ticket.setFields@1', keyOf(mine.id), { ticketId: mine.id, fields: { title: '本座席改的标题' }, baseVersions: {} }, Date.now());
      const newer = [mine, other].map((ticket) => ({ ...ticket, version: ticket.version + 1, content: { ...ticket.content, title: '中心改的标题' } }));

      const read = applier.applyReadPage(newer.map((ticket) => preparePulledTicket(ticket, [], 'operator')), 3);
      const row = (id: string) => db.prepare('SELECT title, server_version FROM tickets WHERE id = ?').get(id);
      expect(read).toEqual({ changedIds: [other.id], toFetch: [mine.id], cursor: 3 });
      expect(row(other.id)).toEqual({ title: '中心改的标题', server_version: other.version + 1 });
      expect(row(mine.id)).toEqual({ title: mine.content.title, server_version: mine.version });

      // What the engine does with toFetch: open the tickets whole and apply them with the pending edits on top.
      applier.applyFetched([newer[0]!]);
      expect(row(mine.id)).toEqual({ title: '本座席改的标题', server_version: mine.version + 1 });
    } finally {
      db.close();
    }
  });
});
