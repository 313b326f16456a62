import { z } from 'zod';
import { catalogIdSchema } from '../catalog/catalog-primitives';
import { coUnitRecordSchema } from './co-unit-record';
import { ratingSchema } from './rating';
import { initialTicketStatus, ticketStatusSchema } from './ticket-status';

/**
 * The part of a ticket the state machine reads and writes: its status plus
 * the facts that decide what may happen next (who the lead unit is, how far
 * each co-unit has got, whether it is under supervision). JSON-safe, so the
 * center stores it and the seat receives it as is.
 */
export const ticketLifecycleSchema = z.object({
  status: ticketStatusSchema,
  leadUnitId: catalogIdSchema.nullable(),
  coUnits: z.array(coUnitRecordSchema),
  /** 督办: once set it stays until the ticket is reopened, so reports can count supervised tickets. */
  supervised: z.boolean(),
  /** Rounds of 退回重办; the return rate KPI and the escalation to supervision read it. */
  reworkCount: z.number().int().nonnegative(),
  reopenCount: z.number().int().nonnegative(),
  /** What the citizen said at the last callback; null before any. */
  solvedAtCallback: z.boolean().nullable(),
  rating: ratingSchema.nullable(),
  repeatOfTicketId: z.string().nullable(),
});
export type TicketLifecycle = z.infer<typeof ticketLifecycleSchema>;

export function initialTicketLifecycle(): TicketLifecycle {
  return {
    status: initialTicketStatus,
    leadUnitId: null,
    coUnits: [],
    supervised: false,
    reworkCount: 0,
    reopenCount: 0,
    solvedAtCallback: null,
    rating: null,
    repeatOfTicketId: null,
  };
}
