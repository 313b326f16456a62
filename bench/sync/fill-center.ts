import { v7 as uuidv7 } from 'uuid';
import { openCenter } from '../../src/server/open-center';
import { registerSyncClient } from '../../src/server/sync/sync-client-store';
import type { CenterActor } from '../../src/server/tickets/center-actor';
import { createTicket } from '../../src/server/tickets/create-ticket';
import { requestTicketAction } from '../../src/server/tickets/request-ticket-action';
import type { TicketContext } from '../../src/server/tickets/ticket-context';
import type { TicketOutcome } from '../../src/server/tickets/ticket-outcome';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/shared/sla/sla-durations';
import { addBenchOperator } from './bench-operator';
import { centerResourcesDir } from './center-resources';
import { centerIntakeGenerator, type GeneratedIntake } from './center-tickets';

export interface FillCenterOptions {
  count: number;
  seed?: number;
  /** The tickets' receipt times are spread over this span before `now`. */
  spanMs?: number;
  now?: number;
  onProgress?: (written: number) => void;
}

export interface FillCenterReport {
  tickets: number;
  /** Change numbers used: one per create and one per lifecycle step. */
  changes: number;
  ms: number;
}

/** Two days: inside the center's default three-day window, so every ticket is in every seat's pull scope. */
const defaultSpanMs = 2 * DAY_MS;
/** Seats of a hall that filed the tickets; the bench's own seats are new clients. */
const fillingSeats = 700;
/** One transaction per batch: the commit's cost is shared, and the rows stay in the page cache. */
const batchSize = 2000;

/**
 * Fills a center data directory (made and seeded on first use) with `count`
 * tickets of centerIntakeGenerator, plus the bench operator account. Each
 * ticket goes through the center's own ticket operations, the code a push
 * runs, so rows, numbers, histories and change numbers are what pushes
 * would leave: the create, the intake decision, and for older tickets the
 * unit's sign-for and reply. What it skips is HTTP, the receipts and one
 * fsync per mutation (synchronous=OFF while filling, as generated data can
 * be generated again), which is why 100,000 tickets take seconds, not minutes.
 */
export async function fillCenter(dataDir: string, options: FillCenterOptions): Promise<FillCenterReport> {
  const started = performance.now();
  const now = options.now ?? Date.now();
  const spanMs = options.spanMs ?? defaultSpanMs;
  const center = await openCenter({ dataDir, resourcesDir: centerResourcesDir });
  const { db, writer, catalogs } = center.services;
  const catalog = catalogs.current();
  const generate = centerIntakeGenerator(catalog, options.seed ?? 20261122);
  const changesBefore = writer.cursor();
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  let changes: number;
  try {
    addBenchOperator(db, now);
    const seats = Array.from({ length: fillingSeats }, (_, i) => {
      const seat = { clientId: uuidv7(), seatId: `F-${String(i + 1).padStart(4, '0')}` };
      registerSyncClient(db, seat.clientId, seat.seatId, now - spanMs);
      return seat;
    });
    for (let from = 0; from < options.count; from += batchSize) {
      const to = Math.min(options.count, from + batchSize);
      writer.write(() => {
        for (let i = from; i < to; i += 1) {
          // Oldest first and evenly spread, so ticket numbers and change numbers follow time.
          const receivedAt = Math.round(now - spanMs + ((i + 0.5) * spanMs) / options.count);
          const seat = seats[i % seats.length]!;
          const operator: CenterActor = { role: 'operator', unitId: null, username: `operator-${seat.seatId}`, ...seat };
          fillOne(generate(receivedAt), receivedAt, now, operator, (at) => ({ writer, catalog, now: at }));
        }
      });
      options.onProgress?.(to);
    }
    changes = writer.cursor() - changesBefore;
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
    await center.close();
  }
  return { tickets: options.count, changes, ms: performance.now() - started };
}

function fillOne(
  intake: GeneratedIntake,
  receivedAt: number,
  now: number,
  operator: CenterActor,
  contextAt: (at: number) => TicketContext,
): void {
  const filedAt = receivedAt + 3 * MINUTE_MS;
  const ticketId = intake.create.ticketId;
  mustApply(createTicket(contextAt(filedAt), operator, intake.create), 'create');
  mustApply(requestTicketAction(contextAt(filedAt), operator, { ticketId, action: intake.decision }), intake.decision.type);
  if (intake.leadUnitId === null) return;
  const unit: CenterActor = { role: 'unit', unitId: intake.leadUnitId, username: `unit-${intake.leadUnitId}`, clientId: null, seatId: null };
  // Units sign for within the hour and reply within the day, as the simulator plays them.
  const signedAt = filedAt + HOUR_MS;
  if (signedAt > now) return;
  mustApply(requestTicketAction(contextAt(signedAt), unit, { ticketId, action: { type: 'sign_for' } }), 'sign_for');
  const repliedAt = filedAt + DAY_MS;
  if (repliedAt > now) return;
  mustApply(requestTicketAction(contextAt(repliedAt), unit, { ticketId, action: { type: 'reply' }, comment: '已联系来电人，现场核实后已处理完毕。' }), 'reply');
}

/** A generated ticket the center refuses is a bug in the generator: stop rather than bench a half-filled center. */
function mustApply(outcome: TicketOutcome, step: string): void {
  if (outcome.outcome !== 'applied') throw new Error(`fill: the center refused a generated ${step}: ${JSON.stringify(outcome)}`);
}
