import { z } from 'zod';

/** What a health answer of any API version carries; seats read it first. */
export const centerApiVersionSchema = z.object({ apiVersion: z.number().int().positive() });

/**
 * `GET /v1/health`, no sign-in needed: the seat's online check, and how it
 * notices a center that moved to another API version before anything fails.
 */
export const centerHealthSchema = z.object({
  status: z.literal('ok'),
  apiVersion: z.number().int().positive(),
  /**
   * Which center this is, made at its first start and kept whatever its URL.
   * A seat stays with the center it first synced with: its cursor, outbox
   * numbers and cached tickets mean nothing to another one.
   */
  centerId: z.uuid(),
  /** The center's change counter: a seat far behind knows a long catch-up is coming. */
  cursor: z.number().int().nonnegative(),
  serverTime: z.number().int().nonnegative(),
});
export type CenterHealth = z.infer<typeof centerHealthSchema>;
