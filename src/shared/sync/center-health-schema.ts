import { z } from 'zod';

/**
 * `GET /v1/health`, no sign-in needed: the seat's online check, and how it
 * notices a center that moved to another API version before anything fails.
 */
export const centerHealthSchema = z.object({
  status: z.literal('ok'),
  apiVersion: z.number().int().positive(),
  /** The center's change counter: a seat far behind knows a long catch-up is coming. */
  cursor: z.number().int().nonnegative(),
  serverTime: z.number().int().nonnegative(),
});
export type CenterHealth = z.infer<typeof centerHealthSchema>;
