import { DAY_MS } from './sla-durations';

export type SlaStateName = 'ok' | 'due_soon' | 'overdue';

export interface SlaState {
  state: SlaStateName;
  /** Negative once overdue: how long ago the deadline passed. */
  remainingMs: number;
}

export interface SlaStateOptions {
  /** How close to the deadline a ticket turns "due soon"; see dueSoonWindowFor. */
  dueSoonWithinMs?: number;
}

const defaultDueSoonWithinMs = 60 * 60_000;

/**
 * Where a running deadline stands at `now`. The deadline itself is still met
 * at the exact millisecond ("within 2 hours" includes the second hour's
 * end), so overdue starts after it. For a milestone already reached, pass
 * the time it was reached as `now` to learn whether it was on time.
 */
export function slaState(deadline: number, now: number, options: SlaStateOptions = {}): SlaState {
  const remainingMs = deadline - now;
  const dueSoonWithinMs = options.dueSoonWithinMs ?? defaultDueSoonWithinMs;
  if (remainingMs < 0) return { state: 'overdue', remainingMs };
  if (remainingMs <= dueSoonWithinMs) return { state: 'due_soon', remainingMs };
  return { state: 'ok', remainingMs };
}

/**
 * A warning window in proportion to the deadline: a quarter of it, at most a
 * day. An emergency's 1-hour dispatch turns due soon with 15 minutes left, a
 * general ticket's 7-day feedback with a day left; one fixed window would be
 * either useless for one or permanent for the other.
 */
export function dueSoonWindowFor(windowMs: number): number {
  return Math.min(Math.floor(windowMs / 4), DAY_MS);
}
