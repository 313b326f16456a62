import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/core/sync/retry-backoff';

describe('retry backoff', () => {
  const options = { baseMs: 1_000, maxMs: 60_000 };

  it('doubles per attempt with half of each step random, and stops growing at the cap', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 0.999999))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelay(10, options, () => 0)).toBe(30_000);
    expect(backoffDelay(1_000, options, () => 0.999999)).toBe(60_000);
  });

  it('spreads seats that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, (_, index) => backoffDelay(4, options, () => index / 50)));
    expect(delays.size).toBe(50);
  });
});
