import type { Urgency } from '../../shared/catalog/urgency';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/sla/sla-durations';

/** A delay drawn uniformly between two bounds, in real-world milliseconds (speed 1). */
export interface DelayRange {
  minMs: number;
  maxMs: number;
}

const range = (minMs: number, maxMs: number): DelayRange => ({ minMs, maxMs });

/**
 * How long each step of the loop takes in a real hall, by urgency, inside
 * the SLA table's deadlines (an emergency is signed for in minutes and
 * answered within its 2 hours; a general ticket within its 7 days). The
 * simulator divides these by its speed.
 */
export const simulatorPace = {
  signFor: { emergency: range(2 * MINUTE_MS, 10 * MINUTE_MS), urgent: range(5 * MINUTE_MS, 30 * MINUTE_MS), normal: range(15 * MINUTE_MS, 4 * HOUR_MS) },
  reply: { emergency: range(20 * MINUTE_MS, 90 * MINUTE_MS), urgent: range(2 * HOUR_MS, 12 * HOUR_MS), normal: range(1 * DAY_MS, 5 * DAY_MS) },
  returnToCenter: range(20 * MINUTE_MS, 2 * HOUR_MS),
  callback: range(1 * HOUR_MS, 1 * DAY_MS),
  /** The rating is asked on the same callback call. */
  rating: range(1 * MINUTE_MS, 3 * MINUTE_MS),
  deskReview: range(30 * MINUTE_MS, 4 * HOUR_MS),
  deskDispatch: range(5 * MINUTE_MS, 1 * HOUR_MS),
} as const satisfies Record<string, DelayRange | Record<Urgency, DelayRange>>;

/** How the simulated units and citizens tend to answer. */
export const simulatorOdds = {
  /** A lead unit that says "not ours" (district governments never do: they are the fallback owner). */
  returnToCenter: 0.08,
  solvedAtCallback: 0.9,
  satisfiedWhenSolved: 0.85,
  unsatisfiedWhenUnsolved: 0.6,
} as const;

export function delayWithin(delay: DelayRange, fraction: number): number {
  return Math.round(delay.minMs + (delay.maxMs - delay.minMs) * fraction);
}
