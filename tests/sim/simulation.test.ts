import { describe, expect, it } from 'vitest';
import { runSimulation } from './run-simulation';

// Real processes, a real center and SIGKILLs: slow by unit-test standards, so a few seeds here and many in `npm run sim`.
const timeout = 180_000;

describe('sync under faults (tests/sim)', () => {
  it.each([11, 12])('seed %i: four seats, faulty network, kills and restarts keep all eight invariants', async (seed) => {
    const result = await runSimulation({ seed, actions: 30 });
    expect(result.violations).toEqual([]);
    expect(result).toMatchObject({ lost: 0, duplicated: 0 });
    expect(result.mutations).toBeGreaterThan(20);
    expect(result.faults).toBeGreaterThan(10);
    expect(result.kills).toBeGreaterThan(0);
  }, timeout);

  describe('the checker catches each planted bug', () => {
    it('a center without dedupe: a replayed mutation applies again and the operator is told it was refused', async () => {
      // Answers lost after commit are what make a seat send a mutation again; here a third of them are.
      const result = await runSimulation({ seed: 2, actions: 30, plantedBugs: { noDedupe: true }, lostAnswerRate: 0.3, convergeRounds: 10 });
      expect(result.duplicated).toBeGreaterThan(0);
      expect(result.violations.map((v) => v.invariant)).toContain(2);
    }, timeout);

    it('an outbox row deleted on send: a dropped request loses what the operator saved', async () => {
      const result = await runSimulation({ seed: 2, actions: 25, plantedBugs: { dropOutboxOnSend: true }, convergeRounds: 5 });
      expect(result.lost).toBeGreaterThan(0);
      expect(result.violations.map((v) => v.invariant)).toContain(1);
    }, timeout);

    it('a cursor taken from updated_at: seats stop converging with the center', async () => {
      const result = await runSimulation({ seed: 2, actions: 25, plantedBugs: { cursorFromUpdatedAt: true }, convergeRounds: 5 });
      expect(result.violations.map((v) => v.invariant)).toContain(4);
    }, timeout);
  });
});
