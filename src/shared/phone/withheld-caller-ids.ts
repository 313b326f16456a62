/**
 * What softphones and CTI servers put in the calling-number field when there
 * is no number to show. Asterisk sends "anonymous", SIP trunks "restricted"
 * or "unavailable", some PBXs a single "P" (private) or "O" (out of area),
 * Chinese carrier gateways 匿名 / 未知 / 隐藏号码. Compared after NFKC and
 * lower-casing, so "Anonymous" and full-width "ＰＲＩＶＡＴＥ" match too.
 */
const withheldCallerIds: ReadonlySet<string> = new Set([
  'anonymous',
  'unknown',
  'unavailable',
  'restricted',
  'private',
  'withheld',
  'blocked',
  'p',
  'o',
  '匿名',
  '未知',
  '未知号码',
  '隐藏号码',
  '私人号码',
  '号码隐藏',
]);

export function isWithheldCallerId(foldedLowerCase: string): boolean {
  return withheldCallerIds.has(foldedLowerCase);
}
