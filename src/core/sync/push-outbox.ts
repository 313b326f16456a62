import type { SeatIdentity } from '../seat/seat-identity';
import type { CenterClient } from './center-client';
import { problemTypes } from '../../shared/sync/problem-types';
import { CenterProblemError } from './center-errors';
import { toWireMutation, type SyncStore } from './sync-store';

export interface PushOutcome {
  pushed: number;
  /** Tickets with a refused mutation: the engine re-reads them, so the refused change gives way to the center's state. */
  refusedTicketIds: string[];
}

export interface PushContext {
  client: CenterClient;
  store: SyncStore;
  identity: SeatIdentity;
  token: () => Promise<string>;
  now: () => number;
  /** Planted bug for the simulation's own test: drop rows when sent instead of when acknowledged. */
  dropOnSend?: boolean;
}

/**
 * Drains the outbox in order, a batch at a time. Rows leave only when the
 * center's answer says it holds them (its lastClientSeq): a lost answer
 * means the same rows go again, and the center's receipts make that a
 * replay, not a second application.
 */
export async function pushOutbox(context: PushContext): Promise<PushOutcome> {
  const { client, store, identity } = context;
  const refused = new Set<string>();
  let pushed = 0;
  for (;;) {
    const batch = store.nextBatch();
    if (batch.length === 0) break;
    const token = await context.token();
    if (context.dropOnSend) store.dropSent(batch);
    let response;
    try {
      response = await client.push(token, {
        clientId: identity.clientId,
        incarnation: identity.incarnation,
        mutations: batch.map(toWireMutation),
      });
    } catch (error) {
      const expectedSeq = reusedSequence(error);
      if (expectedSeq === null) throw error;
      // The mutations before the reused number were replays the center answered; the rest move up.
      const receipts = error instanceof CenterProblemError ? (error.problem?.receipts ?? []) : [];
      const answered = receipts.at(-1)?.clientSeq ?? 0;
      if (answered > 0) store.settle(receipts, batch, answered, context.now());
      identity.incarnation = store.renumberAsNewIncarnation(expectedSeq);
      continue;
    }
    store.settle(response.receipts, batch, response.lastClientSeq, context.now());
    for (const receipt of response.receipts) {
      if (receipt.outcome !== 'applied' && receipt.ticket) refused.add(receipt.ticket.id);
    }
    pushed += response.receipts.length;
    // A center that answered without taking the batch would loop here forever.
    if (response.lastClientSeq < (batch.at(-1)?.clientSeq ?? 0) && !context.dropOnSend) break;
  }
  return { pushed, refusedTicketIds: [...refused] };
}

/**
 * The center already holds this seat's sequence numbers with other content
 * (this database was restored from a backup and handed them out again): the
 * number it expects next. Null for every other failure.
 */
function reusedSequence(error: unknown): number | null {
  if (!(error instanceof CenterProblemError) || error.status !== 409) return null;
  if (error.problem?.type !== problemTypes.sequenceReused) return null;
  return error.problem.expectedSeq ?? null;
}
