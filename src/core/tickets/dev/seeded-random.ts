/**
 * A small deterministic generator (mulberry32): the same seed fills the
 * same database, so benchmark runs compare like with like.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  /** Skewed towards the start of the list: index = ⌊n·u^power⌋, so power 2–3 gives a few hot items and a long tail. */
  skewed<T>(items: readonly T[], power: number): T;
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    skewed: (items, power) => items[Math.floor(items.length * next() ** power)] as (typeof items)[number],
    chance: (probability) => next() < probability,
  };
}

/** The entries of a weight table, drawn in proportion to their weights. */
export function weightedPicker<T extends string>(weights: Partial<Record<T, number>>): (random: SeededRandom) => T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries.at(-1) as [T, number])[0];
  };
}
