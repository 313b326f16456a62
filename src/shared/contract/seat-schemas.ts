import { z } from 'zod';

const epochMs = z.number().int().nonnegative();

export const seatInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  databasePath: z.string(),
  clientId: z.string(),
  incarnation: z.number().int().positive(),
  startedAt: epochMs,
});
export type SeatInfo = z.infer<typeof seatInfoSchema>;

export const healthCheckSchema = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });

export const seatHealthSchema = z.object({
  ok: z.boolean(),
  uptimeMs: z.number().nonnegative(),
  checks: z.array(healthCheckSchema),
});
export type SeatHealth = z.infer<typeof seatHealthSchema>;
