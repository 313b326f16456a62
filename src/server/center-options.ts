import type { FastifyServerOptions } from 'fastify';
import { HOUR_MS, MINUTE_MS } from '../shared/sla/sla-durations';
import type { Clock } from './clock';

/** How a center is set up; everything but the two folders has a default fit for the hall. */
export interface CenterOptions {
  /** Holds center.sqlite and, after the first start, demo-accounts.txt. */
  dataDir: string;
  /** The repository's resources/ (demo catalog and knowledge base), read on the first start only. */
  resourcesDir: string;
  clock?: Clock;
  /** A seat pulls every ticket received city-wide within this many days. */
  windowDays?: number;
  accessTokenTtlMs?: number;
  refreshTokenTtlMs?: number;
  maxStreams?: number;
  heartbeatMs?: number;
  pokeCoalesceMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** Check every response against its documented schema (tests). */
  validateResponses?: boolean;
  serverVersion?: string;
  /**
   * Deliberate bugs for the sync simulation's self-test (tests/sim): it must
   * catch each. Never set outside that test; the CLI has no flag for them.
   */
  plantedBugs?: PlantedCenterBugs;
}

export interface PlantedCenterBugs {
  /** Apply a replayed (client id, client seq) again instead of answering the stored receipt. */
  noDedupe?: boolean;
  /** Pull by a timestamp (the ticket's received time, "updated_at") instead of the commit counter. */
  cursorFromUpdatedAt?: boolean;
}

export const centerDefaults = {
  windowDays: 3,
  /** Short enough that a stolen token is soon useless, long enough that a seat refreshes a few times an hour. */
  accessTokenTtlMs: 15 * MINUTE_MS,
  /** A long shift plus handover: an operator signs in once per shift. */
  refreshTokenTtlMs: 14 * HOUR_MS,
  /** The target is 2,000 seats on SSE; a little headroom, then 503. */
  maxStreams: 2500,
  heartbeatMs: 15_000,
  /**
   * Commits within this window become one poke. At 200 commits a second a
   * 50 ms window meant up to 20 fan-outs of 2,000 writes a second, and
   * pushes queued behind them (bench sync: push p99 745 ms vs 52 ms at
   * 250 ms); a seat learning of a colleague's ticket a quarter second later
   * changes nothing for the operator.
   */
  pokeCoalesceMs: 250,
  serverVersion: '0.1.0',
} as const;

/** Days are checked here, not deep in a query: a window of 0 or a fraction is a configuration mistake. */
export function windowDaysOf(options: CenterOptions): number {
  const days = options.windowDays ?? centerDefaults.windowDays;
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error(`windowDays must be a whole number of days from 1 to 366, got ${days}`);
  return days;
}
