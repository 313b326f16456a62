import type { TicketActionType } from '../../shared/tickets/ticket-action';
import type { CatalogStore } from '../catalog/catalog-store';
import type { TicketWriter } from '../store/ticket-writer';
import { requestTicketAction } from '../tickets/request-ticket-action';
import { recordFromRow, type TicketRow } from '../tickets/ticket-record';
import { nextSimulatedStep } from './next-simulated-step';
import { prepareCached } from '../store/prepare-cached';

export interface UnitSimulatorOptions {
  /** 1 is real time; 360 makes an hour pass in ten seconds. */
  speed: number;
  seed: number;
  /** Actions per step at most, so one step never holds the event loop for long. */
  maxActionsPerStep: number;
  /** Tickets looked at per step; successive steps sweep on through all of them. */
  scanLimit: number;
  /** The loop's period when started with start(). */
  tickMs: number;
  /** Where a failing step is reported; the loop goes on. */
  onError: (error: unknown) => void;
}

export interface SimulatorStepReport {
  acted: { ticketId: string; action: TicketActionType; outcome: 'applied' | 'rejected' }[];
}

/** Statuses in which someone other than the hall's seats moves the ticket on. */
const workedStatuses = ['dispatched', 'signed_for', 'rework', 'replied', 'callback_done', 'unsatisfied', 'received', 'returned', 'reopened'];

/**
 * Plays the handling units, the callback agents and the center's desk, so
 * a demo shows tickets coming back. Each step looks at the tickets that
 * waited longest and applies the next step of any whose time has come,
 * through the same lifecycle engine as everyone else, at `now` (tests drive
 * step(now) with their own clock; start() drives it with the real one).
 */
export class UnitSimulator {
  private timer: NodeJS.Timeout | null = null;
  /** Where the last step's sweep stopped, in (last_action_at, id) order; null starts from the longest-waiting. */
  private sweptTo: { at: number; id: string } | null = null;

  constructor(
    private readonly writer: TicketWriter,
    private readonly catalogs: CatalogStore,
    private readonly options: UnitSimulatorOptions,
  ) {}

  step(now: number): SimulatorStepReport {
    const catalog = this.catalogs.current();
    const rows = this.sweep();
    const report: SimulatorStepReport = { acted: [] };
    for (const row of rows) {
      if (report.acted.length >= this.options.maxActionsPerStep) break;
      this.sweptTo = { at: row.last_action_at, id: row.id };
      const ticket = recordFromRow(row);
      const next = nextSimulatedStep(ticket, catalog, this.options.seed);
      if (!next || ticket.lastActionAt + next.delayMs / this.options.speed > now) continue;
      const outcome = this.writer.write(() =>
        requestTicketAction(
          { writer: this.writer, catalog, now },
          { ...next.actor, username: 'simulator', clientId: null, seatId: null },
          { ticketId: ticket.id, action: next.action, comment: next.comment },
        ),
      );
      report.acted.push({ ticketId: ticket.id, action: next.action.type, outcome: outcome.outcome === 'applied' ? 'applied' : 'rejected' });
    }
    return report;
  }

  /**
   * The next slice of waiting tickets. A sweep rather than "the oldest N":
   * thousands of general tickets waiting days for a reply would otherwise
   * hide an emergency that is due in minutes behind them.
   */
  private sweep(): TicketRow[] {
    const query = prepareCached<{ statuses: string; at: number; id: string; limit: number }, TicketRow>(
      this.writer.db,
      `SELECT * FROM ticket WHERE status IN (SELECT value FROM json_each(@statuses)) AND (last_action_at, id) > (@at, @id)
       ORDER BY last_action_at, id LIMIT @limit`,
    );
    const statuses = JSON.stringify(workedStatuses);
    const limit = this.options.scanLimit;
    const rows = query.all({ statuses, at: this.sweptTo?.at ?? -1, id: this.sweptTo?.id ?? '', limit });
    if (rows.length < limit && this.sweptTo !== null) {
      // The sweep reached the end: wrap around to the longest-waiting tickets.
      this.sweptTo = null;
      const seen = new Set(rows.map((row) => row.id));
      rows.push(...query.all({ statuses, at: -1, id: '', limit: limit - rows.length }).filter((row) => !seen.has(row.id)));
    }
    return rows;
  }

  start(clock: () => number): void {
    this.timer ??= setInterval(() => {
      try {
        this.step(clock());
      } catch (error) {
        this.options.onError(error);
      }
    }, this.options.tickMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
