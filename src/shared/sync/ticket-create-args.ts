import { z } from 'zod';
import { catalogVersionSchema } from '../catalog/catalog-schema';
import { epochMsSchema } from '../catalog/catalog-primitives';
import { ticketContentSchema } from './ticket-content-schema';

/** A ticket id: the UUIDv7 the seat made when the operator started the intake. */
export const syncTicketIdSchema = z.uuid();

/**
 * `ticket.create@1`: the seat finished an intake. The ticket starts in
 * `queued` on the center as on the seat; the intake decision (dispatch,
 * submit, direct answer, link as repeat) follows as a `ticket.request@1`
 * queued in the same local transaction, so a refused dispatch leaves the
 * ticket itself safely on the center with the refusal shown beside it.
 */
export const ticketCreateArgsSchema = z
  .object({
    ticketId: syncTicketIdSchema,
    /** When intake finished at the seat (the call ended): the SLA dispatch clock starts here, even if the seat was offline. */
    receivedAt: epochMsSchema,
    /** The catalog the operator classified against; references are checked against the center's current one. */
    catalogVersion: catalogVersionSchema,
    ticket: ticketContentSchema,
  })
  .strict();
export type TicketCreateArgs = z.infer<typeof ticketCreateArgsSchema>;
