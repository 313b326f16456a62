import type { MsHistogram } from './ms-histogram';

/** A commit the push client saw acknowledged: its change number and the center's commit time (epoch ms). */
export type Commit = readonly [change: number, committedAt: number];

/**
 * How long each commit took to reach one stream: from the commit to the
 * first poke whose cursor covers it. Pokes are coalesced, so one poke
 * covers every commit up to its cursor, and the delay includes the
 * center's coalescing window by design. `commits` ascend by change and
 * `cursors` by arrival (the center sends them in order), so one pass over
 * both suffices. Returns how many commits no poke covered.
 */
export function addPokeDelays(commits: readonly Commit[], cursors: readonly number[], arrivals: readonly number[], into: MsHistogram): number {
  let poke = 0;
  for (let i = 0; i < commits.length; i += 1) {
    const [change, committedAt] = commits[i]!;
    while (poke < cursors.length && cursors[poke]! < change) poke += 1;
    if (poke === cursors.length) return commits.length - i;
    into.add(arrivals[poke]! - committedAt);
  }
  return 0;
}
