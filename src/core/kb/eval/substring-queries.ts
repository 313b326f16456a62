/**
 * Exact-substring recall probes: random 2–6 character substrings of
 * document titles and bodies; searching one must return its document.
 * Substrings never cut a run of Latin letters or digits in the middle —
 * the index keeps such runs whole, as word search engines do, so `bc12`
 * of `abc123` is not expected to match — and must contain something
 * searchable (a Han character, letter or digit).
 */
export interface SubstringProbe {
  documentId: string;
  field: 'title' | 'body';
  query: string;
}

export interface ProbeSource {
  id: string;
  title: string;
  bodyText: string;
}

export function generateSubstringProbes(documents: readonly ProbeSource[], count: number, seed = 12345): SubstringProbe[] {
  const random = mulberry32(seed);
  const probes: SubstringProbe[] = [];
  let attempts = 0;
  while (probes.length < count && attempts < count * 50 && documents.length > 0) {
    attempts += 1;
    const document = documents[Math.floor(random() * documents.length)]!;
    const field = random() < 0.3 ? 'title' : 'body';
    const chars = Array.from(field === 'title' ? document.title : document.bodyText);
    const length = 2 + Math.floor(random() * 5);
    if (chars.length < length) continue;
    const start = Math.floor(random() * (chars.length - length + 1));
    const end = start + length;
    const query = chars.slice(start, end).join('');
    if (!/[\p{Script=Han}\p{L}\p{N}]/u.test(query)) continue;
    if (cutsWord(chars, start) || cutsWord(chars, end)) continue;
    probes.push({ documentId: document.id, field, query });
  }
  return probes;
}

const latinOrDigit = /^[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/;

function cutsWord(chars: readonly string[], boundary: number): boolean {
  const before = chars[boundary - 1];
  const after = chars[boundary];
  return before !== undefined && after !== undefined && latinOrDigit.test(before) && latinOrDigit.test(after);
}

/** A small seeded generator so a failing probe can be reproduced. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
