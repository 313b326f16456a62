import { z } from 'zod';
import { catalogIdSchema, epochMsSchema } from '../catalog/catalog-primitives';
import { slaClassSchema } from '../catalog/sla-table-schema';
import { ticketActionSchema } from '../tickets/ticket-action';
import { ticketActorRoleSchema } from '../tickets/ticket-actor';
import { ticketLifecycleSchema } from '../tickets/ticket-lifecycle';
import { ticketStatusSchema } from '../tickets/ticket-status';
import { clientIdSchema } from './push-schemas';
import { riskyTicketFields, ticketContentSchema } from './ticket-content-schema';
import { fieldVersionSchema } from './ticket-set-fields-args';

const changeNumberSchema = z.number().int().positive();

/** Who did something on the center: the role the state machine judged, the unit it acted for, the account. */
export const syncActorSchema = z.object({
  role: ticketActorRoleSchema,
  unitId: catalogIdSchema.nullable(),
  username: z.string(),
});

/**
 * One immutable entry of a ticket's history. `action` entries are the
 * lifecycle events the state machine applied (invariant 7 replays them with
 * checkPath); `created` opens the history and `fields` records an edit of
 * the content with the new values (the audit trail of the call notes).
 */
export const syncTicketEventSchema = z.object({
  id: z.number().int().positive(),
  kind: z.enum(['created', 'action', 'fields']),
  at: epochMsSchema,
  actor: syncActorSchema,
  action: ticketActionSchema.nullable(),
  /** The ticket's status after the event. */
  status: ticketStatusSchema,
  comment: z.string().nullable(),
  /**
   * A `fields` event's new values; null for the others. The opening's form
   * (every field as first saved) stays in the center's record: it would
   * repeat the ticket's content on every ticket of every pull, a quarter of
   * an initial sync's bytes, and seats show the ticket itself.
   */
  fields: z.record(z.string(), z.unknown()).nullable(),
  /** The change number of the commit that wrote it. */
  change: changeNumberSchema,
});
export type SyncTicketEvent = z.infer<typeof syncTicketEventSchema>;

export const syncNoteSchema = z.object({
  id: z.string(),
  body: z.string(),
  author: z.string(),
  at: epochMsSchema,
  change: changeNumberSchema,
});
export type SyncNote = z.infer<typeof syncNoteSchema>;

/**
 * A ticket as the center holds it, whole: a pull delivers the latest state
 * of each changed ticket rather than a diff, so applying the same ticket
 * twice or out of order is harmless when the seat keeps the higher version.
 */
export const syncTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  /** The change number of the ticket's latest write; versions only grow. */
  version: changeNumberSchema,
  content: ticketContentSchema,
  /** The E.164 (or national service) form of the caller's number, the caller-history key; null when withheld or invalid. */
  callerPhoneKey: z.string().nullable(),
  lifecycle: ticketLifecycleSchema,
  slaClass: slaClassSchema,
  receivedAt: epochMsSchema,
  dispatchedAt: epochMsSchema.nullable(),
  dispatchBy: epochMsSchema.nullable(),
  feedbackBy: epochMsSchema,
  catalogVersion: z.string(),
  createdBy: z.object({ clientId: clientIdSchema, seatId: z.string(), username: z.string() }),
  createdAt: epochMsSchema,
  /**
   * Per risky field, the change number of its last write: what setFields
   * sends back as the version the operator saw. Other fields need none:
   * the later commit wins.
   */
  fieldVersions: z.record(z.enum(riskyTicketFields), fieldVersionSchema),
  events: z.array(syncTicketEventSchema),
  notes: z.array(syncNoteSchema),
});
export type SyncTicket = z.infer<typeof syncTicketSchema>;

