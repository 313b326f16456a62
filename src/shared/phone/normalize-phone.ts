import {
  areaCodeLength,
  displayMobile,
  displayNationalServiceNumber,
  isAreaCode,
  isLocalNumber,
  isMobileNumber,
  isNationalServiceNumber,
  isShortServiceNumber,
} from './china-number-plan';
import { countryCallingCode } from './country-calling-code';
import type { NormalizedPhone, PhoneInvalidReason } from './normalized-phone';
import { isWithheldCallerId } from './withheld-caller-ids';

export interface PhoneNormalizationOptions {
  /**
   * The area code assumed for a local number given without one (with or
   * without its trunk 0). A Beijing hall hears Beijing numbers, so 010.
   */
  defaultAreaCode?: string;
}

export const beijingAreaCode = '010';

/** Longer than any real number with separators; beyond this it is garbage, not worth parsing. */
const maxRawLength = 64;

/** Separators people and softphones put between digit groups; NFKC has already folded the full-width ones. */
const separators = /[\s\-‐‑‒–—―−.()/]/g;

/**
 * Turns whatever the CTI, the softphone or the operator gave into one of the
 * phone kinds, with an E.164 key where the number has one. Never throws on
 * input: a number the seat cannot read is `invalid` with a reason, so the
 * intake keeps going and the operator can correct it.
 */
export function normalizePhone(
  raw: string | null | undefined,
  options: PhoneNormalizationOptions = {},
): NormalizedPhone {
  if (raw === null || raw === undefined) return withheld();
  if (raw.length > maxRawLength) return invalid(raw, 'too_long');
  const trimmed = raw.trim();
  if (trimmed === '') return withheld();
  // Checked before NFKC so a zero-width or bidi character cannot hide in a "number".
  if (/[\p{Cc}\p{Cf}]/u.test(trimmed)) return invalid(trimmed, 'control_characters');

  const number = userPartOfUri(trimmed.normalize('NFKC')).trim();
  if (number === '' || isWithheldCallerId(number.toLowerCase())) return withheld();
  if (/\p{L}/u.test(number)) return invalid(trimmed, 'contains_letters');

  const compact = number.replace(separators, '');
  if (!/^\+?\d*$/.test(compact)) {
    return invalid(trimmed, compact.includes('+') ? 'misplaced_plus' : 'unexpected_characters');
  }
  const hasPlus = compact.startsWith('+');
  const digits = hasPlus ? compact.slice(1) : compact;
  if (digits === '') return invalid(trimmed, 'no_digits');
  // Some CTI gateways send 0 or 0000000 for "no number"; no real number is all zeros.
  if (/^0+$/.test(digits)) return withheld();

  const defaultArea = defaultAreaWithoutTrunk(options.defaultAreaCode ?? beijingAreaCode);
  const parsed = hasPlus
    ? afterInternationalPrefix(digits)
    : digits.startsWith('00')
      ? afterInternationalPrefix(digits.slice(2))
      : withoutInternationalPrefix(digits, defaultArea);
  return typeof parsed === 'string' ? invalid(trimmed, parsed) : parsed;
}

type Parsed = NormalizedPhone | PhoneInvalidReason;

/** sip:+8613812345678@10.0.0.1;user=phone and tel:+86-10-12345678 → the number part. */
function userPartOfUri(value: string): string {
  const scheme = /^(?:sips?|tel):/i.exec(value);
  if (!scheme) return value;
  return value.slice(scheme[0].length).split(/[@;]/, 1)[0] ?? '';
}

function defaultAreaWithoutTrunk(code: string): string {
  if (!isAreaCode(code)) throw new RangeError(`"${code}" is not a Chinese area code (e.g. 010, 0755)`);
  return code.startsWith('0') ? code.slice(1) : code;
}

/** Digits after "+" or "00": China's own numbers are parsed as national ones, the rest kept as E.164. */
function afterInternationalPrefix(digits: string): Parsed {
  if (digits.startsWith('86')) return afterChinaCountryCode(digits.slice(2));
  if (digits.startsWith('0')) return 'bad_international_number';
  // E.164 caps a number at 15 digits; nothing real is shorter than 7 (Niue: +683 + 4).
  if (digits.length > 15) return 'too_long';
  if (digits.length < 7) return 'too_short';
  const code = countryCallingCode(digits);
  return { kind: 'international', e164: `+${digits}`, display: `+${code} ${digits.slice(code.length)}` };
}

/**
 * A number after +86 / 0086 / 86. People often keep the trunk 0 there
 * ("+86 010 …", "+86 (0)10 …"), so one is dropped.
 */
function afterChinaCountryCode(nationalSignificant: string): Parsed {
  const digits = nationalSignificant.startsWith('0') ? nationalSignificant.slice(1) : nationalSignificant;
  if (isMobileNumber(digits)) return mobile(digits);
  if (isNationalServiceNumber(digits)) return nationalService(digits);
  if (digits.length < 7) return 'too_short';
  if (digits.length > 11) return 'too_long';
  return withAreaCode(digits);
}

function withoutInternationalPrefix(digits: string, defaultArea: string): Parsed {
  if (isMobileNumber(digits)) return mobile(digits);
  // "86" without + or 00 is only a country code when what follows is a full Chinese number:
  // 8613812345678, 861012345678. Eight digits starting 86 are a Beijing local number.
  if (digits.startsWith('86') && digits.length >= 12) {
    const afterCode = afterChinaCountryCode(digits.slice(2));
    if (typeof afterCode !== 'string') return afterCode;
  }
  if (digits.startsWith('0')) {
    // Some PBXs still prefix out-of-town mobiles with the trunk 0.
    if (isMobileNumber(digits.slice(1))) return mobile(digits.slice(1));
    return withAreaCode(digits.slice(1));
  }
  if (isNationalServiceNumber(digits)) return nationalService(digits);
  if (isShortServiceNumber(digits)) return shortService(digits, null);
  if (digits.length === 7 || digits.length === 8) {
    if (!isLocalNumber(digits, defaultArea)) return 'bad_local_number';
    return { ...landline(defaultArea, digits), areaCodeAssumed: true };
  }
  if (digits.length === 11 && digits.startsWith('1')) return 'bad_mobile_number';
  if (digits.length < 7) return 'too_short';
  if (digits.length > 12) return 'too_long';
  return 'unknown_format';
}

/** Digits after the trunk 0: an area code, then a local number or a local short service number (010-96106). */
function withAreaCode(digits: string): Parsed {
  const length = areaCodeLength(digits);
  if (length === null) return 'bad_area_code';
  const area = digits.slice(0, length);
  const local = digits.slice(length);
  if (isLocalNumber(local, area)) return landline(area, local);
  if (isShortServiceNumber(local)) return shortService(local, area);
  if (local.length === 0) return 'too_short';
  if (local.length > 8) return 'too_long';
  return 'bad_local_number';
}

function mobile(digits: string): NormalizedPhone {
  return { kind: 'mobile', e164: `+86${digits}`, national: digits, display: displayMobile(digits) };
}

function landline(areaWithoutTrunk: string, local: string): NormalizedPhone {
  const areaCode = `0${areaWithoutTrunk}`;
  return {
    kind: 'landline',
    e164: `+86${areaWithoutTrunk}${local}`,
    national: `${areaCode}${local}`,
    display: `${areaCode}-${local}`,
    areaCode,
  };
}

/** 400/800 numbers are unreachable from abroad, so they stay national: no E.164 form. */
function nationalService(digits: string): NormalizedPhone {
  return { kind: 'service', national: digits, display: displayNationalServiceNumber(digits) };
}

function shortService(digits: string, areaWithoutTrunk: string | null): NormalizedPhone {
  if (areaWithoutTrunk === null) return { kind: 'service', national: digits, display: digits };
  const areaCode = `0${areaWithoutTrunk}`;
  return { kind: 'service', national: `${areaCode}${digits}`, display: `${areaCode}-${digits}`, areaCode };
}

function withheld(): NormalizedPhone {
  return { kind: 'withheld', display: '' };
}

/** The operator still sees what arrived, with invisible characters made visible and the length capped. */
function invalid(raw: string, reason: PhoneInvalidReason): NormalizedPhone {
  const visible = raw.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');
  const display = visible.length > maxRawLength ? `${visible.slice(0, maxRawLength - 1)}…` : visible;
  return { kind: 'invalid', display, reason };
}
