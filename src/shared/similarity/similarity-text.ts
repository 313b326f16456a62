/**
 * The light normalization "already reported?" needs: NFKC (full-width →
 * half-width), lower case, and only letters and digits kept. Punctuation and
 * spaces carry no meaning in call notes but would make bigrams that differ
 * between two operators' notes of the same problem ("3号楼，漏水" vs "3号楼漏水").
 * No traditional → simplified here: call notes are typed at the seats in
 * simplified, and this runs for every candidate of every keystroke.
 */
export function normalizeForSimilarity(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
