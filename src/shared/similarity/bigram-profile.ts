import { normalizeForSimilarity } from './similarity-text';

/**
 * A text as the sorted codes of its overlapping character bigrams, duplicates
 * kept (a multiset): 漏水漏水 has 漏水 twice. Each bigram is two UTF-16 units
 * packed into one 32-bit number, so comparing two profiles is a merge of two
 * sorted integer arrays, with no strings, maps or allocation in the loop.
 * A one-character text is kept as that character alone, so it can still match.
 */
export type BigramProfile = Uint32Array;

export const emptyBigramProfile: BigramProfile = new Uint32Array(0);

export function bigramProfile(text: string): BigramProfile {
  return bigramProfileOfNormalized(normalizeForSimilarity(text));
}

/** For text already passed through normalizeForSimilarity (e.g. stored that way). */
export function bigramProfileOfNormalized(normalized: string): BigramProfile {
  const length = normalized.length;
  if (length === 0) return emptyBigramProfile;
  // A lone character's code has 0 as its second unit, which normalized text never contains.
  if (length === 1) return Uint32Array.of((normalized.charCodeAt(0) << 16) >>> 0);
  const codes = new Uint32Array(length - 1);
  for (let i = 0; i < length - 1; i += 1) {
    codes[i] = ((normalized.charCodeAt(i) << 16) | normalized.charCodeAt(i + 1)) >>> 0;
  }
  return codes.sort();
}

/** The same bigrams once each, for set semantics (a repeated phrase counts once). */
export function distinctBigrams(profile: BigramProfile): BigramProfile {
  let count = 0;
  for (let i = 0; i < profile.length; i += 1) {
    if (i === 0 || profile[i] !== profile[i - 1]) count += 1;
  }
  if (count === profile.length) return profile;
  const distinct = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < profile.length; i += 1) {
    if (i === 0 || profile[i] !== profile[i - 1]) distinct[at++] = profile[i] as number;
  }
  return distinct;
}
