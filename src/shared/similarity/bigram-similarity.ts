import type { BigramProfile } from './bigram-profile';

/**
 * How many bigrams two sorted profiles share, each counted as often as it
 * occurs in both (the multiset intersection). One merge pass, no allocation.
 */
export function sharedBigramCount(a: BigramProfile, b: BigramProfile): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  const aLength = a.length;
  const bLength = b.length;
  while (i < aLength && j < bLength) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return shared;
}

/**
 * Sørensen–Dice: 2·|A∩B| / (|A|+|B|), 1 for the same text, 0 for nothing in
 * common. Two empty texts score 0: an empty field is no evidence of a repeat.
 */
export function diceCoefficient(a: BigramProfile, b: BigramProfile): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedBigramCount(a, b)) / total;
}

/** The best Dice score two profiles of these sizes could reach; lets a ranking skip hopeless candidates. */
export function diceUpperBound(aLength: number, bLength: number): number {
  const total = aLength + bLength;
  return total === 0 ? 0 : (2 * Math.min(aLength, bLength)) / total;
}

/**
 * Cosine of the bigram count vectors. Less sensitive than Dice to a long
 * text against a short one; offered for callers that compare a one-line
 * title with full call notes.
 */
export function cosineSimilarity(a: BigramProfile, b: BigramProfile): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  let aNorm = 0;
  let bNorm = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const code = Math.min(x, y);
    let aCount = 0;
    let bCount = 0;
    while (i < a.length && a[i] === code) {
      aCount += 1;
      i += 1;
    }
    while (j < b.length && b[j] === code) {
      bCount += 1;
      j += 1;
    }
    dot += aCount * bCount;
    aNorm += aCount * aCount;
    bNorm += bCount * bCount;
  }
  return dot === 0 ? 0 : dot / Math.sqrt(aNorm * bNorm);
}
