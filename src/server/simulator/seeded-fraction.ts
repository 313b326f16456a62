import { createHash } from 'node:crypto';

/**
 * A number in [0, 1) fixed by its inputs: the simulator's dice. Hashing
 * (seed, ticket, version, purpose) instead of drawing from a stream means a
 * ticket's fate does not depend on which other tickets the loop visited
 * first, so a test that drives step(now) gets the same story every run.
 */
export function seededFraction(...parts: readonly (string | number)[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
