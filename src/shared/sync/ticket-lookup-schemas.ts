import { z } from 'zod';
import { syncTicketSchema } from './sync-ticket-schema';

export const ticketLookupLimits = { defaultTickets: 50, maxTickets: 200 } as const;

/**
 * `GET /v1/tickets`: the center's tickets for the two questions an operator
 * asks while the caller is on the line and the seat's cache may not cover:
 * this caller's history (all time) and a street's recent tickets ("already
 * reported?"). Exactly one of callerPhoneKey and streetCode. Newest first.
 * Unlike /v1/sync/open, the tickets do not join the seat's pull scope.
 */
export const ticketLookupQuerySchema = z
  .object({
    /** The E.164 (or service-number) key the seat made of the caller's number. */
    callerPhoneKey: z.string().regex(/^\+?\d{3,20}$/, 'must be a phone lookup key such as +8613812345678').optional(),
    streetCode: z.string().regex(/^\d{9}$/, 'must be a 9-digit street or township code').optional(),
    receivedFrom: z.coerce.number().pipe(z.number().int().nonnegative()).optional(),
    limit: z.coerce
      .number()
      .pipe(z.number().int().min(1).max(ticketLookupLimits.maxTickets))
      .default(ticketLookupLimits.defaultTickets),
  })
  .strict()
  .refine((query) => (query.callerPhoneKey === undefined) !== (query.streetCode === undefined), {
    message: 'give exactly one of callerPhoneKey and streetCode',
  });
export type TicketLookupQuery = z.infer<typeof ticketLookupQuerySchema>;

export const ticketLookupResponseSchema = z.object({ tickets: z.array(syncTicketSchema) });
export type TicketLookupResponse = z.infer<typeof ticketLookupResponseSchema>;
