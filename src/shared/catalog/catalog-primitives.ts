import { z } from 'zod';

/**
 * The small value types every catalog section shares. They are strict about
 * shape (a catalog is machine-made by the center) but not about vocabulary
 * size: lengths are capped so a corrupt file cannot blow up the seat's memory
 * or its pickers.
 */

/** Opaque, stable ids chosen by the center; tickets keep them for years. */
export const catalogIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'must be 1–80 letters, digits, ".", "_" or "-", starting with a letter or digit');

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0x20 || unit === 0x7f) return true;
  }
  return false;
}

/** A display name: trimmed, one line, never empty. */
export const catalogNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .refine((value) => value.trim() === value, { message: 'must not start or end with spaces' })
  .refine((value) => !hasControlCharacter(value), { message: 'must not contain control characters' });

/** One search keyword or colloquial synonym (暖气不热, 暂住证, gjj). */
export const keywordSchema = catalogNameSchema;

export const keywordsSchema = z.array(keywordSchema).max(60, 'at most 60 keywords');

/** Epoch milliseconds UTC; payloads stay JSON-safe, so no Date objects. */
export const epochMsSchema = z.number().int().nonnegative();

/** A positive duration in milliseconds. */
export const durationMsSchema = z.number().int().positive();
