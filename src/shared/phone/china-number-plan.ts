/**
 * The parts of China's numbering plan a hotline meets, as pure checks over a
 * string of ASCII digits. Each function answers one question so that
 * normalize-phone.ts reads like the decision an operator would make.
 */

/** 11 digits, 1 then 3–9: the mobile ranges the carriers hand out (13x–19x). */
export function isMobileNumber(digits: string): boolean {
  return /^1[3-9]\d{9}$/.test(digits);
}

/**
 * The length of the area code at the start of a number written without its
 * trunk 0, or null when no area code starts that way. Beijing (10) and the
 * 2x cities (Shanghai 21, Guangzhou 20, …) have two digits, every other area
 * three (755 Shenzhen, 571 Hangzhou); 1x other than 10 is not an area.
 */
export function areaCodeLength(withoutTrunk: string): 2 | 3 | null {
  const first = withoutTrunk.charAt(0);
  if (first === '1') return withoutTrunk.charAt(1) === '0' ? 2 : null;
  if (first === '2') return 2;
  if (first >= '3' && first <= '9') return 3;
  return null;
}

/**
 * A local number is 7 or 8 digits and never starts with 0 (the trunk
 * prefix). The big cities with two-digit area codes all use 8 digits;
 * smaller areas still have 7-digit ones. Real exchanges start at 2, but a
 * leading 1 is accepted: 010-12345678 is in every form, demo and test, and
 * refusing a caller's real number costs more than keeping an odd one.
 */
export function isLocalNumber(local: string, areaCodeWithoutTrunk: string): boolean {
  if (!/^[1-9]\d+$/.test(local)) return false;
  return areaCodeWithoutTrunk.length === 2 ? local.length === 8 : local.length === 7 || local.length === 8;
}

/** True for an area code with or without its trunk 0 (010, 10, 0755, 755). */
export function isAreaCode(code: string): boolean {
  const withoutTrunk = code.startsWith('0') ? code.slice(1) : code;
  return /^\d+$/.test(withoutTrunk) && areaCodeLength(withoutTrunk) === withoutTrunk.length;
}

/** 400 / 800 numbers: nationwide business lines, 10 digits, never dialled with an area code. */
export function isNationalServiceNumber(digits: string): boolean {
  return /^[48]00\d{7}$/.test(digits);
}

/**
 * Short service numbers: 110/119/120/122 and friends, carrier lines (10086,
 * 10010, 10000, 1010xxxx), government hotlines (12345, 12315, 12333, 12369),
 * 95xxx nationwide companies (95588) and 96xxx local public services
 * (96106). Local ones may arrive with an area code in front (010-96106).
 */
export function isShortServiceNumber(digits: string): boolean {
  return (
    /^1[12]\d$/.test(digits) ||
    /^100\d{2}$/.test(digits) ||
    /^1010\d{4}$/.test(digits) ||
    /^12\d{3}$/.test(digits) ||
    /^9[56]\d{3,4}$/.test(digits)
  );
}

/** 138 1234 5678: the 3-4-4 grouping Chinese callers read their own numbers in. */
export function displayMobile(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
}

/** 400-123-4567, the way the numbers are printed on every shop sign. */
export function displayNationalServiceNumber(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}
