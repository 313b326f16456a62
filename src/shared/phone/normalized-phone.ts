import { z } from 'zod';

/**
 * What a caller's number turned out to be. The screen-pop, the caller
 * history and the callback queue all branch on the kind, never on the raw
 * string the softphone sent.
 */
export const phoneKindSchema = z.enum(['mobile', 'landline', 'service', 'international', 'withheld', 'invalid']);
export type PhoneKind = z.infer<typeof phoneKindSchema>;

/**
 * Why a number was refused, as a code the renderer translates; the English
 * wording lives in the i18n catalogs, not here.
 */
export const phoneInvalidReasonSchema = z.enum([
  'control_characters',
  'contains_letters',
  'unexpected_characters',
  'misplaced_plus',
  'no_digits',
  'too_short',
  'too_long',
  'bad_area_code',
  'bad_local_number',
  'bad_mobile_number',
  'bad_international_number',
  'unknown_format',
]);
export type PhoneInvalidReason = z.infer<typeof phoneInvalidReasonSchema>;

export const normalizedPhoneSchema = z.object({
  kind: phoneKindSchema,
  /** +8613812345678, +861012345678, +12025550123: only for numbers reachable in E.164. */
  e164: z.string().regex(/^\+[1-9]\d{6,14}$/).optional(),
  /**
   * The number as dialled inside China (13812345678, 01012345678, 4001234567,
   * 95588). Service numbers have no usable E.164 form, so this is their key.
   */
  national: z.string().regex(/^\d{3,12}$/).optional(),
  /** What the operator sees: 138 1234 5678, 010-12345678, 400-123-4567, +1 2025550123. */
  display: z.string().max(64),
  /** The Chinese area code with its trunk 0 (010, 0755) for landlines and local short numbers. */
  areaCode: z.string().regex(/^0\d{2,3}$/).optional(),
  /** True when the caller gave no area code and the seat's default was assumed; the UI says so. */
  areaCodeAssumed: z.boolean().optional(),
  reason: phoneInvalidReasonSchema.optional(),
});
export type NormalizedPhone = z.infer<typeof normalizedPhoneSchema>;

/**
 * The one string a ticket stores and the caller history looks up by: the
 * E.164 form where there is one, the national form for service numbers,
 * null when there is no number to look up (withheld, invalid).
 */
export function phoneLookupKey(phone: NormalizedPhone): string | null {
  if (phone.kind === 'withheld' || phone.kind === 'invalid') return null;
  return phone.e164 ?? phone.national ?? null;
}
