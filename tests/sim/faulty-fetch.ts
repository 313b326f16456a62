import type { CenterFetch } from '../../src/core/sync/center-client';
import { SeededRandom } from '../../bench/kb/seeded-random';

export interface FaultCounters {
  dropped: number;
  lostResponses: number;
  duplicated: number;
  delayed: number;
  serverErrors: number;
}

export const noFaults = (): FaultCounters => ({ dropped: 0, lostResponses: 0, duplicated: 0, delayed: 0, serverErrors: 0 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The network between a seat and the center, at its worst: requests that
 * never arrive, answers lost after the center committed, deliveries
 * duplicated (the copy arriving later, after newer requests: reordered),
 * delays, and 503s. Seeded, so a failing seed replays the same decisions.
 * The event stream is left alone: pokes are hints, and the poll covers them.
 */
export function createFaultyFetch(seed: number, isOn: () => boolean, counters: FaultCounters, lostAnswerRate = 0.08): CenterFetch {
  const random = new SeededRandom(seed);
  // Cumulative thresholds of one roll: drop, 503, duplicate, answer lost after commit.
  const [dropBelow, errorBelow, duplicateBelow] = [0.08, 0.13, 0.2];
  const lostBelow = duplicateBelow + lostAnswerRate;
  return async (url, init) => {
    if (!isOn() || url.includes('/v1/sync/events')) return fetch(url, init);
    const roll = random.next();
    const delayMs = Math.floor(random.next() * 40);
    if (roll < dropBelow) {
      counters.dropped += 1;
      throw new TypeError('fetch failed (simulated: request dropped)');
    }
    if (roll < errorBelow) {
      counters.serverErrors += 1;
      const problem = { type: 'urn:seat:problem:internal', title: 'Unavailable', status: 503, detail: 'simulated outage', instance: url };
      return new Response(JSON.stringify(problem), { status: 503, headers: { 'content-type': 'application/problem+json' } });
    }
    if (delayMs > 20) counters.delayed += 1;
    await sleep(delayMs);
    if (roll < duplicateBelow) {
      counters.duplicated += 1;
      const copyDelay = Math.floor(random.next() * 150);
      void sleep(copyDelay)
        .then(() => fetch(url, { ...init, signal: undefined }))
        .then((response) => response.arrayBuffer())
        .catch(() => undefined);
      return fetch(url, init);
    }
    if (roll < lostBelow) {
      counters.lostResponses += 1;
      const response = await fetch(url, init);
      await response.arrayBuffer();
      throw new TypeError('fetch failed (simulated: answer lost after the center committed)');
    }
    return fetch(url, init);
  };
}
