import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeededRandom } from '../../bench/kb/seeded-random';
import type { PlantedCenterBugs } from '../../src/server/center-options';
import { checkInvariants, type Violation } from './check-invariants';
import { noFaults, type FaultCounters } from './faulty-fetch';
import { SimCenter, repoResourcesDir } from './sim-center';
import { newLedger, type SeatLedger } from './sim-ledger';
import type { SeatProbe } from './sim-protocol';
import { SimSeat } from './sim-seat';

export interface SimulationOptions {
  seed: number;
  seats?: number;
  /** Operator actions across all seats. */
  actions?: number;
  plantedBugs?: PlantedCenterBugs & { dropOutboxOnSend?: boolean };
  /** Share of answers lost after commit (default 8 %); the dedupe self-test raises it so replays are certain. */
  lostAnswerRate?: number;
  /** Sync rounds allowed for convergence after the faults stop (a planted bug never converges; no need to wait long). */
  convergeRounds?: number;
}

export interface SimulationResult {
  seed: number;
  mutations: number;
  faults: number;
  kills: number;
  centerRestarts: number;
  lost: number;
  duplicated: number;
  violations: Violation[];
}

const operators = ['operator', 'operator2'];

/**
 * One seeded run: seats take calls, add notes and link repeats while the
 * units work tickets on the center; the network misbehaves, seats are
 * SIGKILLed and restarted, the center restarts. Then the faults stop,
 * every seat syncs until nothing is pending, and the checker reads the
 * files. The seed fixes every choice the driver and the networks make;
 * thread and socket timing still vary, which is what shakes out races.
 */
export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const random = new SeededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
  const root = mkdtempSync(join(tmpdir(), `sim-${options.seed}-`));
  const { dropOutboxOnSend = false, ...centerBugs } = options.plantedBugs ?? {};
  const center = await SimCenter.create(root, options.seed, centerBugs);
  const seats: SimSeat[] = [];
  const ledgers = new Map<SimSeat, SeatLedger>();
  try {
    for (let index = 0; index < (options.seats ?? 4); index += 1) {
      const username = operators[index % operators.length] as string;
      const databasePath = join(root, `seat-${index}.sqlite`);
      const seat = new SimSeat(`seat-${index}`, {
        databasePath,
        centerUrl: center.url,
        username,
        password: center.passwords.get(username) ?? '',
        faultSeed: options.seed * 1000 + index,
        resourcesDir: repoResourcesDir,
        dropOutboxOnSend,
        lostAnswerRate: options.lostAnswerRate ?? 0.08,
      });
      seats.push(seat);
      ledgers.set(seat, newLedger(seat.name, databasePath));
    }
    await Promise.all(seats.map((seat) => seat.start()));

    const probe = async (seat: SimSeat) => {
      const ledger = ledgers.get(seat) as SeatLedger;
      const saved = { savedTickets: ledger.savedTickets.length, savedNotes: ledger.savedNotes.length };
      ledger.probes.push({ probe: await seat.send<SeatProbe>({ op: 'probe' }), ...saved });
    };

    const actions = options.actions ?? 40;
    for (let step = 0; step < actions; step += 1) {
      const seat = pick(seats);
      const ledger = ledgers.get(seat) as SeatLedger;
      const roll = random.next();
      if (!seat.alive) await seat.start();
      if (roll < 0.08) {
        // A kill at a random point: during a save, or while the engine syncs in the background.
        const inFlight = seat.send({ op: 'dispatch', title: `第${step}号来电（被中断）`, repeatOf: null }).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random.next() * 40)));
        await seat.kill();
        await inFlight;
        await seat.start();
      } else if (roll < 0.12) {
        await center.restart();
      } else if (roll < 0.55 || ledger.savedTickets.length === 0) {
        const repeatOf = random.next() < 0.15 && ledger.savedTickets.length > 0 ? pick(ledger.savedTickets) : null;
        ledger.savedTickets.push(await seat.send<string>({ op: 'dispatch', title: `第${step}号来电：楼内停暖`, repeatOf }));
      } else if (roll < 0.68) {
        // Corrections: the title any time, the urgency (deadlines) only once the center confirmed the ticket.
        const ticketId = pick(ledger.savedTickets);
        const urgency = random.next() < 0.3 ? pick(['normal', 'urgent', 'emergency'] as const) : null;
        await seat.send({ op: 'edit', ticketId, title: `第${step}号更正：楼内停暖`, urgency }).catch((error: unknown) => {
          if (!String(error).includes('not confirmed')) throw error;
        });
      } else if (roll < 0.85) {
        const ticketId = pick(ledger.savedTickets);
        const noteId = await seat.send<string>({ op: 'note', ticketId, body: `第${step}次补充说明` });
        ledger.savedNotes.push({ ticketId, noteId });
      } else {
        await seat.send({ op: 'sync' }).catch(() => undefined);
      }
      if (step % 3 === 0) center.unitsStep();
      if (step % 4 === 0) await probe(pick(seats));
    }

    // The faults stop; every seat syncs until nothing is pending and it holds the center's cursor.
    for (const seat of seats) if (!seat.alive) await seat.start();
    await Promise.all(seats.map((seat) => seat.send({ op: 'faults', on: false })));
    for (let round = 0; round < (options.convergeRounds ?? 40); round += 1) {
      const probes = await Promise.all(seats.map(async (seat) => {
        await seat.send({ op: 'sync' });
        return seat.send<SeatProbe>({ op: 'probe' });
      }));
      const centerCursor = center.services.writer.cursor();
      if (probes.every((p) => p.pending === 0 && p.cursor === centerCursor) && round > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const seat of seats) await probe(seat);
    const faults = [...ledgers.values()].map((ledger) => ledger.probes.at(-1)?.probe.faults ?? noFaults());
    await Promise.all(seats.map((seat) => seat.close()));
    await center.stop();

    const checked = checkInvariants(join(center.dataDir, 'center.sqlite'), [...ledgers.values()]);
    return {
      seed: options.seed,
      mutations: checked.mutations,
      faults: faults.reduce((sum, counters) => sum + totalFaults(counters), 0) + center.restarts,
      kills: seats.reduce((sum, seat) => sum + seat.kills, 0),
      centerRestarts: center.restarts,
      lost: checked.lost,
      duplicated: checked.duplicated,
      violations: checked.violations,
    };
  } finally {
    for (const seat of seats) await seat.kill().catch(() => undefined);
    await center.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
}

function totalFaults(counters: FaultCounters): number {
  return counters.dropped + counters.lostResponses + counters.duplicated + counters.delayed + counters.serverErrors;
}
