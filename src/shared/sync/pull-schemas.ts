import { z } from 'zod';
import { syncTicketSchema } from './sync-ticket-schema';

/** A change number of the center; 0 is "before everything". */
export const syncCursorSchema = z.number().int().nonnegative();

export const pullLimits = { defaultTickets: 200, maxTickets: 1000 } as const;

/**
 * `GET /v1/sync/pull?cursor=N&limit=M`. Query strings carry text, so the
 * numbers are coerced; anything that is not a whole number is still refused.
 */
export const pullQuerySchema = z
  .object({
    cursor: z.coerce.number().pipe(syncCursorSchema).default(0),
    limit: z.coerce.number().pipe(z.number().int().min(1).max(pullLimits.maxTickets)).default(pullLimits.defaultTickets),
  })
  .strict();
export type PullQuery = z.infer<typeof pullQuerySchema>;

/**
 * The tickets of the seat's scope that changed after the cursor, in commit
 * order (by the change number of their latest write), each in its latest
 * state. The seat stores the tickets and `cursor` in one transaction and
 * asks again with it while `hasMore`; a cursor lower than the one it holds
 * is ignored (it never goes backwards).
 */
export const pullResponseSchema = z.object({
  tickets: z.array(syncTicketSchema),
  cursor: syncCursorSchema,
  hasMore: z.boolean(),
  /** The center's clock, so the seat can show "last sync" and spot a badly skewed clock of its own. */
  serverTime: z.number().int().nonnegative(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** `POST /v1/sync/open`: tickets the operator opened from outside the scope, which join it from now on. */
export const openTicketsLimits = { maxTickets: 100 } as const;
export const openTicketsRequestSchema = z.object({ ticketIds: z.array(z.uuid()).min(1).max(openTicketsLimits.maxTickets) }).strict();
export const openTicketsResponseSchema = z.object({
  tickets: z.array(syncTicketSchema),
  /** Ids the center has no ticket for. */
  missing: z.array(z.string()),
});
