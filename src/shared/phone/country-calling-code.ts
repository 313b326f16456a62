/**
 * ITU-T E.164 country calling codes are prefix-free: 1 and 7 are one digit,
 * the codes below two digits, every other assigned code three. Knowing that
 * is enough to show "+44 2079460000" without a full numbering database.
 */
const twoDigitCodes: ReadonlySet<string> = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

/** The country calling code at the start of an international number (digits after "+"). */
export function countryCallingCode(digits: string): string {
  const first = digits.charAt(0);
  if (first === '1' || first === '7') return first;
  const two = digits.slice(0, 2);
  return twoDigitCodes.has(two) ? two : digits.slice(0, 3);
}
