/**
 * A query made only of Latin letters (after normalization) is probably
 * pinyin or pinyin initials: gjj, zfgjj, gongjijin, "gong ji jin", xi'an.
 */
export function pinyinLettersOf(normalized: string): string | null {
  if (!/^[a-z][a-z\s']*$/.test(normalized)) return null;
  const letters = normalized.replace(/[\s']+/g, '');
  return letters.length >= 2 && letters.length <= 40 ? letters : null;
}
