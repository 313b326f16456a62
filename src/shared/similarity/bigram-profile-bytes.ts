import type { BigramProfile } from './bigram-profile';

/**
 * Profiles as bytes, so the seat core can store each ticket's profile in a
 * BLOB column once and rank a million candidates without re-normalizing a
 * million texts. Little-endian, like every machine the seat runs on; a
 * DataView would be portable and an order of magnitude slower.
 */
export function bigramProfileToBytes(profile: BigramProfile): Uint8Array {
  return new Uint8Array(profile.buffer, profile.byteOffset, profile.byteLength);
}

/**
 * Reads a stored profile. A view when the bytes are 4-byte aligned (no copy);
 * a copy when not, as happens with slices of a pooled buffer.
 */
export function bigramProfileFromBytes(bytes: Uint8Array): BigramProfile {
  if (bytes.byteLength % 4 !== 0) {
    throw new RangeError(`a bigram profile has a multiple of 4 bytes, not ${bytes.byteLength}`);
  }
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return new Uint32Array(aligned.buffer);
}
