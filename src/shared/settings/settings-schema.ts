import { z } from 'zod';

export const localeSchema = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const themeSchema = z.enum(['light', 'dark', 'auto']);
export type Theme = z.infer<typeof themeSchema>;

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
});

/** An empty centerUrl means "use the embedded center" once sync lands. */
export const centerUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), {
    message: 'must be an http:// or https:// URL, or empty',
  })
  .refine((value) => value === '' || URL.canParse(value), { message: 'is not a valid URL' });

export const seatIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'must be 1–32 letters, digits, "-" or "_"');

/** Where the softphone posts ringing calls on 127.0.0.1; 0 picks a free port (tests). */
export const ctiPortSchema = z.number().int().min(0).max(65535);

export const settingsSchema = z.object({
  centerUrl: centerUrlSchema,
  seatId: seatIdSchema,
  locale: localeSchema,
  theme: themeSchema,
  windowBounds: windowBoundsSchema.nullable(),
  /** Whether the seat listens for softphone events (CTI); read when the seat starts. */
  ctiEnabled: z.boolean(),
  ctiPort: ctiPortSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  centerUrl: '',
  seatId: 'seat-01',
  locale: 'zh-CN',
  theme: 'auto',
  windowBounds: null,
  ctiEnabled: true,
  ctiPort: 47345,
};
