import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../../src/shared/phone/mask-phone';
import { normalizePhone } from '../../../src/shared/phone/normalize-phone';
import { normalizedPhoneSchema, phoneLookupKey } from '../../../src/shared/phone/normalized-phone';

describe('normalizePhone: mobiles', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+8613812345678',
    '+86 138 1234 5678',
    '+86-138-1234-5678',
    '(+86) 13812345678',
    '008613812345678',
    '0086 138 1234 5678',
    '8613812345678',
    '１３８１２３４５６７８',
    '＋８６　１３８－１２３４－５６７８',
    ' 13812345678\n',
    '013812345678',
    'tel:+86-138-1234-5678',
    'sip:13812345678@10.20.0.1;user=phone',
  ])('reads %j as +8613812345678', (raw) => {
    expect(normalizePhone(raw)).toEqual({
      kind: 'mobile',
      e164: '+8613812345678',
      national: '13812345678',
      display: '138 1234 5678',
    });
  });

  it('accepts every mobile range from 13x to 19x', () => {
    for (const prefix of ['130', '145', '150', '166', '177', '188', '199']) {
      expect(normalizePhone(`${prefix}12345678`).kind).toBe('mobile');
    }
  });

  it('refuses an 11-digit number outside the mobile ranges', () => {
    expect(normalizePhone('12812345678')).toMatchObject({ kind: 'invalid', reason: 'bad_mobile_number' });
    expect(normalizePhone('10012345678')).toMatchObject({ kind: 'invalid', reason: 'bad_mobile_number' });
  });
});

describe('normalizePhone: landlines with an area code', () => {
  it.each([
    ['010-12345678', '+861012345678', '010', '010-12345678'],
    ['(010)12345678', '+861012345678', '010', '010-12345678'],
    ['（010）1234 5678', '+861012345678', '010', '010-12345678'],
    ['010 6512 3456', '+861065123456', '010', '010-65123456'],
    ['+86 10 6512 3456', '+861065123456', '010', '010-65123456'],
    ['+86 (0)10 6512 3456', '+861065123456', '010', '010-65123456'],
    ['+86 010 65123456', '+861065123456', '010', '010-65123456'],
    ['861065123456', '+861065123456', '010', '010-65123456'],
    ['021-55667788', '+862155667788', '021', '021-55667788'],
    ['0755 1234 5678', '+8675512345678', '0755', '0755-12345678'],
    ['0755-2345678', '+867552345678', '0755', '0755-2345678'],
    ['0571.8765.4321', '+8657187654321', '0571', '0571-87654321'],
  ])('reads %j', (raw, e164, areaCode, display) => {
    const phone = normalizePhone(raw);
    expect(phone).toMatchObject({ kind: 'landline', e164, areaCode, display });
    expect(phone.areaCodeAssumed).toBeUndefined();
    expect(phone.national).toBe(display.replace('-', ''));
  });

  it('refuses local numbers of the wrong length for the area', () => {
    // Beijing, Shanghai and the other two-digit areas have 8-digit local numbers only.
    expect(normalizePhone('010-1234567')).toMatchObject({ kind: 'invalid', reason: 'bad_local_number' });
    expect(normalizePhone('0755-123456')).toMatchObject({ kind: 'invalid', reason: 'bad_local_number' });
    expect(normalizePhone('010-123456789')).toMatchObject({ kind: 'invalid', reason: 'too_long' });
    expect(normalizePhone('010-01234567')).toMatchObject({ kind: 'invalid', reason: 'bad_local_number' });
  });

  it('refuses an area code that does not exist', () => {
    expect(normalizePhone('011-12345678')).toMatchObject({ kind: 'invalid', reason: 'bad_area_code' });
  });
});

describe('normalizePhone: landlines without an area code', () => {
  it('assumes Beijing and says so', () => {
    expect(normalizePhone('65123456')).toEqual({
      kind: 'landline',
      e164: '+861065123456',
      national: '01065123456',
      display: '010-65123456',
      areaCode: '010',
      areaCodeAssumed: true,
    });
    // Eight digits starting with 86 are a Beijing number, not a country code.
    expect(normalizePhone('8612 3456')).toMatchObject({ e164: '+861086123456', areaCodeAssumed: true });
  });

  it('assumes the configured area code instead, with or without its trunk 0', () => {
    expect(normalizePhone('2345678', { defaultAreaCode: '0755' })).toMatchObject({
      kind: 'landline',
      e164: '+867552345678',
      areaCode: '0755',
      areaCodeAssumed: true,
    });
    expect(normalizePhone('87654321', { defaultAreaCode: '21' })).toMatchObject({ e164: '+862187654321' });
  });

  it('refuses 7 digits where the default area uses 8', () => {
    expect(normalizePhone('6512345')).toMatchObject({ kind: 'invalid', reason: 'bad_local_number' });
  });

  it('refuses a default area code that is not one (a configuration error, not caller input)', () => {
    expect(() => normalizePhone('65123456', { defaultAreaCode: '011' })).toThrow(RangeError);
  });
});

describe('normalizePhone: service numbers', () => {
  it.each([
    ['400-123-4567', '4001234567', '400-123-4567'],
    ['4001234567', '4001234567', '400-123-4567'],
    ['800 810 8888', '8008108888', '800-810-8888'],
    ['+86 400 123 4567', '4001234567', '400-123-4567'],
    ['95588', '95588', '95588'],
    ['955 88', '95588', '95588'],
    ['96106', '96106', '96106'],
    ['951018', '951018', '951018'],
    ['12345', '12345', '12345'],
    ['12315', '12315', '12315'],
    ['10086', '10086', '10086'],
    ['110', '110', '110'],
    ['120', '120', '120'],
    ['010-96106', '01096106', '010-96106'],
    ['010-12345', '01012345', '010-12345'],
  ])('keeps %j national', (raw, national, display) => {
    const phone = normalizePhone(raw);
    expect(phone).toMatchObject({ kind: 'service', national, display });
    expect(phone.e164).toBeUndefined();
    expect(phoneLookupKey(phone)).toBe(national);
  });

  it('records the area of a local short number dialled with one', () => {
    expect(normalizePhone('(010) 96106').areaCode).toBe('010');
  });
});

describe('normalizePhone: international', () => {
  it.each([
    ['+1 (202) 555-0123', '+12025550123', '+1 2025550123'],
    ['001 202 555 0123', '+12025550123', '+1 2025550123'],
    ['+44 20 7946 0000', '+442079460000', '+44 2079460000'],
    ['+852 2123 4567', '+85221234567', '+852 21234567'],
    ['00886 2 2345 6789', '+886223456789', '+886 223456789'],
    ['+7 495 123 45 67', '+74951234567', '+7 4951234567'],
  ])('keeps %j as E.164', (raw, e164, display) => {
    expect(normalizePhone(raw)).toEqual({ kind: 'international', e164, display });
  });

  it('refuses numbers E.164 cannot hold', () => {
    expect(normalizePhone('+1 202 555 0123 4567 89')).toMatchObject({ kind: 'invalid', reason: 'too_long' });
    expect(normalizePhone('+44 123')).toMatchObject({ kind: 'invalid', reason: 'too_short' });
    expect(normalizePhone('+0 123456789')).toMatchObject({ kind: 'invalid', reason: 'bad_international_number' });
  });
});

describe('normalizePhone: withheld numbers', () => {
  it.each([
    null,
    undefined,
    '',
    '   ',
    'anonymous',
    'Anonymous',
    'ANONYMOUS',
    'unknown',
    'P',
    'p',
    'O',
    'restricted',
    'Private',
    'ＰＲＩＶＡＴＥ',
    'unavailable',
    '匿名',
    '未知号码',
    '0',
    '0000000000',
    'sip:anonymous@anonymous.invalid',
  ])('treats %j as withheld', (raw) => {
    expect(normalizePhone(raw)).toEqual({ kind: 'withheld', display: '' });
  });

  it('gives a withheld number no lookup key', () => {
    expect(phoneLookupKey(normalizePhone('anonymous'))).toBeNull();
  });
});

describe('normalizePhone: garbage', () => {
  it.each([
    ['hello', 'contains_letters'],
    ['138abc45678', 'contains_letters'],
    ['13812345678 ext 12', 'contains_letters'],
    ['138\u000012345678', 'control_characters'],
    ['138\u001b[31m12345678', 'control_characters'],
    ['138\u200b12345678', 'control_characters'],
    ['\u202e87654321831', 'control_characters'],
    ['138*1234*5678', 'unexpected_characters'],
    ['138#12345678', 'unexpected_characters'],
    ['<script>', 'contains_letters'],
    ['138+12345678', 'misplaced_plus'],
    ['++8613812345678', 'misplaced_plus'],
    ['+', 'no_digits'],
    ['---', 'no_digits'],
    ['+86', 'too_short'],
    ['1234', 'too_short'],
    ['99', 'too_short'],
    ['1381234567890123', 'too_long'],
    ['9'.repeat(65), 'too_long'],
    ['123456789', 'unknown_format'],
  ])('refuses %j with reason %s', (raw, reason) => {
    const phone = normalizePhone(raw);
    expect(phone.kind).toBe('invalid');
    expect(phone.reason).toBe(reason);
    expect(phone.e164).toBeUndefined();
    expect(phoneLookupKey(phone)).toBeNull();
  });

  it('shows what arrived, with control characters made visible and the length capped', () => {
    expect(normalizePhone('138\u000012345678').display).toBe('138\uFFFD12345678');
    const long = normalizePhone('x'.repeat(100_000));
    expect(long.display.length).toBeLessThanOrEqual(64);
    expect(long.display.endsWith('…')).toBe(true);
  });

  it('produces results that satisfy its own schema, whatever the input', () => {
    const inputs = ['13812345678', '010-12345678', '65123456', '95588', '+12025550123', 'P', 'junk', '\u0007', '9'.repeat(80)];
    for (const input of inputs) {
      expect(normalizedPhoneSchema.safeParse(normalizePhone(input)).success).toBe(true);
    }
  });
});

describe('maskPhone', () => {
  it('hides the middle of a mobile the way Chinese apps do', () => {
    expect(maskPhone('+8613812345678')).toBe('+86 138****5678');
  });

  it('hides all but the last four digits of a landline, keeping the area', () => {
    expect(maskPhone('+861065123456')).toBe('+86 10 ****3456');
    expect(maskPhone('+867552345678')).toBe('+86 755 ***5678');
  });

  it('keeps the country of an international number', () => {
    expect(maskPhone('+12025550123')).toBe('+1 ******0123');
  });

  it('shows business service numbers as they are and hides anything unreadable', () => {
    expect(maskPhone('4001234567')).toBe('400-123-4567');
    expect(maskPhone('95588')).toBe('95588');
    expect(maskPhone('not a number')).toBe('****');
    expect(maskPhone('')).toBe('');
  });

  it('never shows the subscriber part of a personal number whole', () => {
    for (const e164 of ['+8613812345678', '+861065123456', '+447911123456']) {
      const masked = maskPhone(e164);
      expect(masked).toContain('***');
      expect(masked.replace(/\D/g, '')).not.toContain(e164.slice(-8));
    }
  });
});
