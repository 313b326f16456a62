import { z } from 'zod';
import { catalogIdSchema } from '../catalog/catalog-primitives';

/**
 * Who asks for a lifecycle change. The first four are the seat's sign-in
 * roles (ARCHITECTURE.md, "Security"); `unit` is a handling unit acting
 * through the center's unit-side API; `center` is the central dispatch
 * system itself (its dispatch desk and its automatic rules). `admin` manages
 * the system and deliberately has no say over a citizen's ticket.
 */
export const ticketActorRoleSchema = z.enum(['operator', 'callback', 'supervisor', 'admin', 'unit', 'center']);
export type TicketActorRole = z.infer<typeof ticketActorRoleSchema>;

/** A unit acts only for itself: sign-for and reply are checked against its id. */
export const ticketActorSchema = z
  .object({
    role: ticketActorRoleSchema,
    unitId: catalogIdSchema.optional(),
  })
  .refine((actor) => actor.role !== 'unit' || actor.unitId !== undefined, {
    message: 'a unit acts under its own unit id',
    path: ['unitId'],
  });
export type TicketActor = z.infer<typeof ticketActorSchema>;
