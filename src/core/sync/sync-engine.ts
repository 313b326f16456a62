import type { Database } from 'better-sqlite3';
import { signInRefusalPaths, type SyncRejection } from '../../shared/contract/sync/sync-method-schemas';
import type { SyncStatus } from '../../shared/contract/sync/sync-status-schema';
import type { TicketLookupQuery } from '../../shared/sync/ticket-lookup-schemas';
import type { CatalogKeeper } from '../catalog/catalog-keeper';
import type { EventBus } from '../contract/event-bus';
import { deferredIndexes } from '../db/deferred-indexes';
import type { SeatKnowledgeBase } from '../kb/seat-knowledge-base';
import type { SeatIdentity } from '../seat/seat-identity';
import { createPulledTicketApplier } from './apply-pulled-tickets';
import { createCenterClient, type CenterClient, type CenterFetch } from './center-client';
import { CenterBadResponseError, CenterProblemError, CenterUnreachableError, OtherCenterError } from './center-errors';
import { CenterSession, refuseSignIn } from './center-session';
import { readPokes } from './event-stream';
import { batchChangedIds } from './changed-ids-batcher';
import { fetchWhole } from './fetch-whole';
import type { PullReaderThread } from './pull-reader/pull-reader-thread';
import { readFirstPull } from './pull-reader/read-first-pull';
import { pullTickets } from './pull-tickets';
import { pushOutbox } from './push-outbox';
import { createReferenceDataSync } from './reference-data';
import { createRejectionList } from './rejection-list';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './retry-backoff';
import { createSignInCache } from './sign-in-cache';
import { planForFailure } from './sync-failure';
import { createSyncStore } from './sync-store';

export interface SyncEngineOptions {
  db: Database;
  identity: SeatIdentity;
  emit: EventBus['emit'];
  catalogs?: CatalogKeeper | null;
  knowledgeBase?: SeatKnowledgeBase | null;
  fetch?: CenterFetch;
  now?: () => number;
  random?: () => number;
  /** Poll this often even without pokes (a lost poke, a proxy that drops SSE). */
  pollMs?: number;
  /** Fetch the catalog and KB changes at most this often. */
  referenceEveryMs?: number;
  backoff?: BackoffOptions;
  requestTimeoutMs?: number;
  /** How long a screen-pop or "already reported?" waits for the center before answering from the cache. */
  lookupTimeoutMs?: number;
  /**
   * The pull reader's thread (pull-reader/): its entry, and its Node options
   * where they differ from this thread's (a TypeScript loader in tests).
   * Without it the first pull is read on the core's thread like every later
   * one (in-process cores: most tests, the simulation's seats).
   */
  pullReader?: PullReaderThread;
  /** Where the engine tells a maintainer what the operator need not see (the reader thread failing); default stderr. */
  log?: (line: string) => void;
  /** Planted bugs, for the simulation's test that its checker catches them. Never set in the product. */
  plantedBugs?: { dropOutboxOnSend?: boolean };
}

export interface SyncEngine {
  connect(centerUrl: string, seatId: string): SyncStatus;
  signIn(username: string, password: string): Promise<SyncStatus>;
  signOut(): SyncStatus;
  /** Runs an exchange now (or joins the running one) and answers when it ended. */
  syncNow(): Promise<SyncStatus>;
  /** Called after a local write queued mutations: push without waiting for the poll. */
  localChange(): void;
  status(): SyncStatus;
  /** The signed-in operator's username, for the audit trail of local writes; null while nobody is. */
  operator(): string | null;
  /**
   * Asks the center for a caller's or a street's tickets and keeps them in
   * the local cache; false when the seat is not online with the center or
   * it did not answer in time (the caller then gets the local cache).
   */
  lookup(query: TicketLookupQuery): Promise<boolean>;
  rejections(): SyncRejection[];
  dismissRejection(clientSeq: number): boolean;
  close(): void;
}

interface Connection {
  client: CenterClient;
  session: CenterSession;
  seatId: string;
  centerUrl: string;
  /** Aborts this connection's event stream and sleeps when it is replaced or closed. */
  abort: AbortController;
  streaming: boolean;
  /** The API version is checked once per connection and again after any failure. */
  versionChecked: boolean;
  /** Holds the catalog's ETag, so a poll with nothing new costs a 304. */
  syncReferenceData: () => Promise<void>;
}

/**
 * The seat's side of the sync protocol (ARCHITECTURE.md): push the outbox,
 * pull by cursor, keep the catalog and KB current, and keep trying. One
 * exchange runs at a time; a trigger during it (a poke, a local write)
 * runs one more right after. After a success the next exchange is the poll
 * (30 s) or a poke; after a failure, capped exponential backoff with jitter.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const pollMs = options.pollMs ?? 30_000;
  const referenceEveryMs = options.referenceEveryMs ?? 5 * 60_000;
  const backoff = options.backoff ?? defaultBackoff;
  const lookupTimeoutMs = options.lookupTimeoutMs ?? 1_500;
  const log = options.log ?? ((line: string) => console.warn(`seat: ${line}`));
  const store = createSyncStore(options.db);
  const rejections = createRejectionList(options.db);
  const signInCache = createSignInCache(options.db);
  let connection: Connection | null = null;
  let reachable: boolean | null = null;
  let problem: SyncStatus['problem'] = null;
  let nextRetryAt: number | null = null;
  let attempt = 0;
  let lastReferenceAt = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let rerun = false;
  let stopped: string | null = null;
  let closed = false;
  let lastPublished = '';
  /** Tickets received by the first pull running now; null when none is. */
  let firstPullReceived: number | null = null;

  const applier = createPulledTicketApplier(options.db, () => connection?.session.account?.role ?? 'operator');
  const ticketIndexes = deferredIndexes(options.db);
  // A seat stopped during its first pull builds what that pull deferred; a failure shows on the next exchange, which builds again.
  void ticketIndexes.build().catch(() => undefined);

  function status(): SyncStatus {
    const session = connection?.session;
    const base = {
      pending: store.pendingCount(),
      rejections: store.rejectionCount(),
      lastSyncAt: store.lastSyncAt(),
      account: session?.account ?? null,
      signedInOffline: session?.signedInOffline ?? false,
      problem,
      nextRetryAt,
      firstPull: firstPullReceived === null ? null : { received: firstPullReceived },
    };
    if (!connection) return { ...base, connection: 'not_configured' };
    if (!session?.signedIn) return { ...base, connection: 'signed_out' };
    return { ...base, connection: reachable ? 'online' : 'offline' };
  }

  function publish(): void {
    const current = status();
    const serialized = JSON.stringify(current);
    if (serialized === lastPublished) return;
    lastPublished = serialized;
    options.emit('sync.status', current);
  }

  function schedule(delayMs: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void trigger(), delayMs);
    timer.unref?.();
  }

  function trigger(): Promise<void> {
    if (closed) return Promise.resolve();
    if (running) {
      rerun = true;
      return running;
    }
    running = (async () => {
      do {
        rerun = false;
        await exchange();
      } while (rerun && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function exchange(): Promise<void> {
    const current = connection;
    if (!current?.session.signedIn || stopped !== null) return publish();
    if (timer) clearTimeout(timer);
    nextRetryAt = null;
    const token = () => current.session.accessToken();
    try {
      if (!current.versionChecked) await checkCenter(current.client);
      current.versionChecked = true;
      const pushed = await pushOutbox({ client: current.client, store, identity: options.identity, token, now, dropOnSend: options.plantedBugs?.dropOutboxOnSend });
      if (pushed.pushed > 0) publish();
      if (pushed.refusedTicketIds.length > 0) {
        const changedIds = await fetchWhole(current.client, applier, token, pushed.refusedTicketIds);
        options.emit('tickets.changed', { ids: pushed.refusedTicketIds.concat(changedIds) });
      }
      await pullAll(current, token);
      if (now() - lastReferenceAt >= referenceEveryMs) {
        await current.syncReferenceData();
        lastReferenceAt = now();
      }
      if (connection !== current) return;
      store.setLastSyncAt(now());
      reachable = true;
      problem = null;
      attempt = 0;
      openEventStream(current);
      schedule(pollMs);
    } catch (error) {
      // A first pull cut off midway leaves the seat working offline with what arrived: it gets its list indexes now.
      if (!closed) void ticketIndexes.build().catch(() => undefined);
      if (connection !== current || closed) return;
      const plan = planForFailure(error);
      current.versionChecked = false;
      reachable = plan.reachable;
      problem = plan.problem;
      if (plan.renewToken) current.session.invalidateAccessToken();
      const code = plan.problem?.code;
      if (code === 'schema_changed' || code === 'restored_from_backup' || code === 'other_center') stopped = code;
      if (plan.retry) {
        const delay = backoffDelay(attempt, backoff, random);
        attempt += 1;
        nextRetryAt = now() + delay;
        schedule(delay);
      }
    } finally {
      publish();
    }
  }

  /**
   * Pulls until the center has no more. An empty seat's first pull (up to
   * 100,000 tickets) is read on the pull reader's thread when the core has
   * one, writes without the list indexes and builds them at the end on
   * another thread, and counts what it received for the status bar.
   */
  async function pullAll(current: Connection, token: () => Promise<string>): Promise<void> {
    const firstPull = store.ticketCursor() === 0;
    // The batcher's pace (every 250 ms) is also the status bar's for the first pull's progress.
    const changed = batchChangedIds((ids) => {
      options.emit('tickets.changed', { ids });
      if (firstPullReceived !== null) {
        firstPullReceived += ids.length;
        publish();
      }
    });
    try {
      if (firstPull) {
        firstPullReceived = 0;
        ticketIndexes.defer('tickets');
        if (options.pullReader) {
          await readFirstPull({
            reader: options.pullReader,
            centerUrl: current.centerUrl,
            client: current.client,
            applier,
            cursor: store.ticketCursor,
            token,
            onChanged: changed.add,
            signal: current.abort.signal,
            log,
            requestTimeoutMs: options.requestTimeoutMs,
          });
        }
      }
      await pullTickets({ client: current.client, applier, cursor: store.ticketCursor, token, onChanged: changed.add });
    } finally {
      changed.flush();
      firstPullReceived = null;
    }
    await ticketIndexes.build();
  }

  /** The client refuses another API version; this checks the center is the one this database syncs with. */
  async function checkCenter(client: CenterClient): Promise<void> {
    const health = await client.health();
    if (!store.isOwnCenter(health.centerId)) throw new OtherCenterError(client.baseUrl);
  }

  /** Pokes make the seat pull within moments of another seat's commit; the poll covers a lost stream. */
  function openEventStream(current: Connection): void {
    if (current.streaming) return;
    current.streaming = true;
    void (async () => {
      let failures = 0;
      while (connection === current && !closed && current.session.signedIn) {
        try {
          const response = await current.client.events(await current.session.accessToken(), current.abort.signal);
          failures = 0;
          if (!response.body) throw new CenterBadResponseError('event stream', 'no body');
          await readPokes(response.body, (poke) => {
            if (poke.cursor > store.ticketCursor()) void trigger();
          });
        } catch (error) {
          if (current.abort.signal.aborted) break;
          if (!(error instanceof CenterUnreachableError || error instanceof CenterProblemError || error instanceof CenterBadResponseError)) {
            failures += 1;
          }
        }
        failures += 1;
        await sleep(backoffDelay(failures, backoff, random), current.abort.signal);
      }
      current.streaming = false;
    })();
  }

  function disconnect(): void {
    if (timer) clearTimeout(timer);
    connection?.abort.abort();
    connection = null;
    reachable = null;
    problem = null;
    nextRetryAt = null;
    stopped = null;
    attempt = 0;
  }

  return {
    connect(centerUrl, seatId) {
      if (connection && connection.centerUrl === centerUrl && connection.seatId === seatId) return status();
      disconnect();
      if (centerUrl !== '') {
        const client = createCenterClient({ baseUrl: centerUrl, fetch: options.fetch, timeoutMs: options.requestTimeoutMs });
        const session = new CenterSession({ client, cache: signInCache, identity: options.identity, seatId, now });
        const syncReferenceData = createReferenceDataSync({
          client,
          token: () => session.accessToken(),
          store,
          catalogs: options.catalogs ?? null,
          knowledgeBase: options.knowledgeBase ?? null,
        });
        connection = { client, session, seatId, centerUrl, abort: new AbortController(), streaming: false, versionChecked: false, syncReferenceData };
      }
      publish();
      return status();
    },
    async signIn(username, password) {
      const current = connection;
      if (!current) throw refuseSignIn(signInRefusalPaths.notConfigured, 'no center is configured on this seat: set the center URL in Settings first');
      await current.session.signIn(username, password, (error) => planForFailure(error).reachable === false);
      reachable = !current.session.signedInOffline;
      lastReferenceAt = -Infinity;
      stopped = null;
      // Signed in now: the shell need not wait for the first exchange (a first pull takes seconds) to say so.
      publish();
      await trigger();
      return status();
    },
    signOut() {
      connection?.session.signOut();
      if (timer) clearTimeout(timer);
      if (connection) {
        connection.abort.abort();
        connection = { ...connection, abort: new AbortController(), streaming: false };
      }
      publish();
      return status();
    },
    async syncNow() {
      attempt = 0;
      await trigger();
      return status();
    },
    localChange() {
      publish();
      if (store.pendingCount() > 0) void trigger();
    },
    status,
    operator: () => connection?.session.account?.username ?? null,
    async lookup(query) {
      const current = connection;
      if (!current?.session.signedIn || current.session.signedInOffline || reachable !== true) return false;
      try {
        const found = await current.client.lookupTickets(await current.session.accessToken(), query, lookupTimeoutMs);
        const applied = applier.applyPage(found.tickets, null);
        if (applied.changedIds.length > 0) options.emit('tickets.changed', { ids: applied.changedIds });
        return true;
      } catch {
        // The screen-pop must not wait on a slow center: the local cache answers, and the next exchange finds out why.
        return false;
      }
    },
    rejections: () => rejections.list(),
    dismissRejection(clientSeq) {
      const dismissed = rejections.dismiss(clientSeq, now());
      publish();
      return dismissed;
    },
    close() {
      closed = true;
      disconnect();
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, ms);
    timeout.unref?.();
    signal.addEventListener('abort', () => {
      clearTimeout(timeout);
      resolve();
    }, { once: true });
  });
}
