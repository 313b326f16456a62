import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { MutationReceipt } from '../../shared/sync/mutation-receipt-schema';
import { problemTypes } from '../../shared/sync/problem-types';
import type { PushRequest, PushResponse } from '../../shared/sync/push-schemas';
import type { Principal } from '../auth/principal';
import type { CatalogStore } from '../catalog/catalog-store';
import type { PlantedCenterBugs } from '../center-options';
import type { Clock } from '../clock';
import { ProblemError } from '../http/problem-error';
import type { TicketWriter } from '../store/ticket-writer';
import type { CenterActor } from '../tickets/center-actor';
import { applySyncMutation } from './apply-sync-mutation';
import { buildReceipt } from './build-receipt';
import { mutationFingerprint } from './mutation-fingerprint';
import { findReceipt, storeReceipt } from './receipt-store';
import { subscribe } from './subscriptions';
import { findSyncClient, registerSyncClient, type SyncClientRecord } from './sync-client-store';
import { prepareCached } from '../store/prepare-cached';

/**
 * Push, exactly as the sync protocol says: each mutation in its own
 * transaction together with its receipt and the client's sequence; a
 * sequence number already applied answers with the stored receipt and
 * applies nothing; a hole answers 409 with the number expected; a refused
 * mutation is a receipt too and advances the sequence. Pushes of one client
 * run one after another (a duplicated delivery waits for the original and
 * then replays), while the event loop is yielded between mutations so one
 * seat's long push does not stall the others.
 */
export class PushService {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly writer: TicketWriter,
    private readonly catalogs: CatalogStore,
    private readonly clock: Clock,
    private readonly plantedBugs: PlantedCenterBugs = {},
  ) {}

  push(principal: Principal, request: PushRequest): Promise<PushResponse> {
    if (principal.clientId !== request.clientId) {
      const signedInFor = principal.clientId === null ? 'no client id' : `client ${principal.clientId}`;
      throw new ProblemError(
        403,
        problemTypes.forbidden,
        'Wrong client',
        `This session was signed in with ${signedInFor}; sign in with the seat's client id to push for ${request.clientId}.`,
      );
    }
    return this.oneAtATime(request.clientId, () => this.apply(principal, request));
  }

  private async apply(principal: Principal, request: PushRequest): Promise<PushResponse> {
    const db = this.writer.db;
    const clientId = request.clientId;
    let lastSeq = this.admit(principal, request).lastSeq;
    const actor: CenterActor = { role: principal.role, unitId: null, username: principal.username, clientId, seatId: principal.seatId };
    const receipts: MutationReceipt[] = [];
    for (const mutation of request.mutations) {
      const fingerprint = mutationFingerprint(mutation);
      if (mutation.clientSeq <= lastSeq && this.plantedBugs.noDedupe) {
        receipts.push(this.writer.write(() => buildReceipt(db, mutation, applySyncMutation({ writer: this.writer, catalog: this.catalogs.current(), now: this.clock() }, actor, mutation), this.clock())));
        continue;
      }
      if (mutation.clientSeq <= lastSeq) {
        const stored = findReceipt(db, clientId, mutation.clientSeq);
        if (!stored || stored.fingerprint !== fingerprint) {
          throw new ProblemError(
            409,
            problemTypes.sequenceReused,
            'Sequence number reused',
            `Sequence ${mutation.clientSeq} of client ${clientId} was already used for another mutation; ` +
              `renumber the unsent mutations from ${lastSeq + 1}. Mutations before it in this push are in "receipts".`,
            { expectedSeq: lastSeq + 1, receipts },
          );
        }
        receipts.push(stored.receipt);
        continue;
      }
      if (mutation.clientSeq > lastSeq + 1) {
        throw new ProblemError(
          409,
          problemTypes.sequenceGap,
          'Sequence gap',
          `Client ${clientId} is at sequence ${lastSeq}; mutation ${mutation.clientSeq} would skip ${lastSeq + 1}. ` +
            'Push from the expected sequence; nothing after the gap was applied.',
          { expectedSeq: lastSeq + 1, receipts },
        );
      }
      const receipt = this.writer.write(() => {
        const now = this.clock();
        const outcome = applySyncMutation({ writer: this.writer, catalog: this.catalogs.current(), now }, actor, mutation);
        if (outcome.outcome === 'applied' && mutation.name !== 'ticket.create@1') subscribe(db, clientId, outcome.ticketId, now);
        const built = buildReceipt(db, mutation, outcome, now);
        storeReceipt(db, clientId, fingerprint, built, now);
        return built;
      });
      lastSeq = mutation.clientSeq;
      receipts.push(receipt);
      await yieldToEventLoop();
    }
    return { receipts, lastClientSeq: lastSeq };
  }

  /**
   * Knows the client (registering it if it pushes before ever signing in
   * with its id, which cannot happen through login but costs nothing to
   * allow) and refuses an incarnation older than one already seen: a copy
   * of the seat that was superseded by a restore must not push.
   */
  private admit(principal: Principal, request: PushRequest): SyncClientRecord {
    const db = this.writer.db;
    return db
      .transaction(() => {
        const now = this.clock();
        let client = findSyncClient(db, request.clientId);
        if (!client) {
          registerSyncClient(db, request.clientId, principal.seatId, now);
          client = { clientId: request.clientId, seatId: principal.seatId, incarnation: 0, lastSeq: 0 };
        }
        if (request.incarnation < client.incarnation) {
          throw new ProblemError(
            409,
            problemTypes.staleIncarnation,
            'Stale incarnation',
            `Client ${request.clientId} has pushed as incarnation ${client.incarnation}; this copy (incarnation ${request.incarnation}) was superseded.`,
            { expectedIncarnation: client.incarnation },
          );
        }
        if (request.incarnation > client.incarnation) {
          prepareCached(db, 'UPDATE sync_client SET incarnation = ? WHERE client_id = ?').run(request.incarnation, request.clientId);
        }
        return client;
      })
      .immediate();
  }

  private oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(work);
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }
}
