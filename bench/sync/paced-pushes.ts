import { Pool } from 'undici';
import { centerApiPaths } from '../../src/shared/sync/center-api-paths';
import type { PushResponse } from '../../src/shared/sync/push-schemas';
import type { SyncMutation } from '../../src/shared/sync/sync-mutation-schema';
import type { TicketAction } from '../../src/shared/tickets/ticket-action';
import type { IntakeGenerator } from './center-tickets';
import type { Commit } from './poke-delays';
import type { BenchSeat } from './seat-sessions';

export interface PacedPushOptions {
  url: string;
  seats: readonly BenchSeat[];
  /** Mutations per second, all seats together. */
  rate: number;
  /** Pushed at the rate but left out of the figures: the center's statements and the connections warm up. */
  warmupSeconds: number;
  seconds: number;
  generate: IntakeGenerator;
  /** Keep-alive connections of the push client; seats share them, as seats behind one NAT would share nothing but the link. */
  connections?: number;
  /** Called (not awaited) when the measured part starts. */
  onMeasureStart?: () => void;
}

export interface PacedPushResult {
  /** Pushes due in the measured part, and how many were acknowledged with an applied receipt. */
  due: number;
  applied: number;
  /** Failures by kind: HTTP status, network error code, or `rejected:<reason>` for a refused mutation. */
  errors: Record<string, number>;
  /** Ack latency from the moment each push was due: a late send counts against the center too (no coordinated omission). */
  fromDueMs: number[];
  /** Ack latency from the moment each push left the client. */
  fromSendMs: number[];
  /** Applied pushes per second over the measured part. */
  achievedRate: number;
  /** Every commit acknowledged, warm-up included, ascending by change number. */
  commits: Commit[];
}

/** A seat's outbox: its next sequence number, the mutation not yet acknowledged, and the decision due after its last intake. */
interface SeatOutbox {
  seat: BenchSeat;
  seq: number;
  unacked: SyncMutation | null;
  decision: { ticketId: string; action: TicketAction } | null;
  busy: Promise<void>;
}

/**
 * An open-loop push client: the k-th push is due at start + k/rate whatever
 * happened to the ones before, and goes to seat k mod n. Each push carries
 * one mutation, alternately a seat's `ticket.create@1` and the
 * `ticket.request@1` with its decision, with the seat's consecutive
 * clientSeq. A seat pushes one at a time, and a push that failed is sent
 * again at the seat's next turn with the same sequence number, as the
 * seat's outbox does.
 *
 * Why not autocannon: its request generator keeps state per connection,
 * not per seat, so 2,000 seats' sequences and tokens would be tied to 2,000
 * connections; and its rate limit waits for each response before the next
 * request on a connection, so a slow answer delays the pushes behind it and
 * hides itself (coordinated omission). Here latency is taken from when the
 * push was due.
 */
export async function runPacedPushes(options: PacedPushOptions): Promise<PacedPushResult> {
  const pool = new Pool(options.url, { connections: options.connections ?? 32, pipelining: 1, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const outboxes: SeatOutbox[] = options.seats.map((seat) => ({ seat, seq: 0, unacked: null, decision: null, busy: Promise.resolve() }));
  const warmup = Math.round(options.rate * options.warmupSeconds);
  const total = warmup + Math.round(options.rate * options.seconds);
  const intervalMs = 1000 / options.rate;
  const result: PacedPushResult = { due: total - warmup, applied: 0, errors: {}, fromDueMs: [], fromSendMs: [], achievedRate: 0, commits: [] };
  const countError = (kind: string) => (result.errors[kind] = (result.errors[kind] ?? 0) + 1);
  let lastMeasuredAck = 0;

  const push = async (outbox: SeatOutbox, dueAt: number, measured: boolean) => {
    const mutation = (outbox.unacked ??= nextMutation(outbox, options.generate));
    const sentAt = performance.now();
    try {
      const response = await pool.request({
        path: centerApiPaths.push,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${outbox.seat.accessToken}` },
        body: JSON.stringify({ clientId: outbox.seat.clientId, incarnation: 1, mutations: [mutation] }),
      });
      const text = await response.body.text();
      const ackedAt = performance.now();
      if (response.statusCode !== 200) {
        if (measured) countError(`HTTP ${response.statusCode}`);
        return;
      }
      outbox.unacked = null;
      const receipt = (JSON.parse(text) as PushResponse).receipts[0];
      if (receipt?.outcome === 'applied' && receipt.change !== null) result.commits.push([receipt.change, receipt.committedAt]);
      if (!measured) return;
      if (receipt?.outcome !== 'applied') {
        countError(`rejected:${receipt?.outcome === 'rejected' ? receipt.reason.code : (receipt?.outcome ?? 'no receipt')}`);
        return;
      }
      result.applied += 1;
      result.fromDueMs.push(ackedAt - dueAt);
      result.fromSendMs.push(ackedAt - sentAt);
      lastMeasuredAck = Math.max(lastMeasuredAck, ackedAt);
    } catch (error) {
      if (measured) countError((error as { code?: string }).code ?? (error as Error).message);
    }
  };

  const start = performance.now() + 20;
  let measuredStart = start + warmup * intervalMs;
  await new Promise<void>((resolve) => {
    let k = 0;
    const tick = () => {
      const now = performance.now();
      // Every push whose time has come goes now, even if the timer fired late: the schedule is the load.
      for (; k < total && start + k * intervalMs <= now; k += 1) {
        const dueAt = start + k * intervalMs;
        const measured = k >= warmup;
        if (k === warmup) {
          measuredStart = dueAt;
          options.onMeasureStart?.();
        }
        const outbox = outboxes[k % outboxes.length]!;
        outbox.busy = outbox.busy.then(() => push(outbox, dueAt, measured));
      }
      if (k >= total) resolve();
      else setTimeout(tick, Math.max(0, start + k * intervalMs - performance.now()));
    };
    tick();
  });
  await Promise.all(outboxes.map((outbox) => outbox.busy));
  await pool.close();
  result.achievedRate = result.applied / ((lastMeasuredAck - measuredStart) / 1000);
  result.commits.sort((a, b) => a[0] - b[0]);
  return result;
}

/** The seat's next outbox entry: a new intake, or the decision on the intake it pushed last. */
function nextMutation(outbox: SeatOutbox, generate: IntakeGenerator): SyncMutation {
  outbox.seq += 1;
  if (outbox.decision) {
    const { ticketId, action } = outbox.decision;
    outbox.decision = null;
    return { clientSeq: outbox.seq, name: 'ticket.request@1', args: { ticketId, action } };
  }
  // The call ended a minute ago: the operator finished the notes, then saved.
  const intake = generate(Date.now() - 60_000);
  outbox.decision = { ticketId: intake.create.ticketId, action: intake.decision };
  return { clientSeq: outbox.seq, name: 'ticket.create@1', args: intake.create };
}
