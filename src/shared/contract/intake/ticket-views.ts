import { z } from 'zod';
import { urgencySchema } from '../../catalog/urgency';
import { normalizedPhoneSchema } from '../../phone/normalized-phone';
import { appealTypeSchema } from '../../tickets/appeal-type';
import { channelSchema } from '../../tickets/channel';
import { ticketStatusSchema } from '../../tickets/ticket-status';

const epochMs = z.number().int().nonnegative();

/** One row of a list, the caller history or "already reported?". */
export const ticketSummarySchema = z.object({
  id: z.string(),
  /** The center's human number (2026112200123); null until the center has accepted the ticket. */
  number: z.string().nullable(),
  title: z.string(),
  status: ticketStatusSchema,
  /** True while a change of this ticket waits in the outbox; the status is then what the seat asked for. */
  pending: z.boolean(),
  channel: channelSchema,
  appealType: appealTypeSchema,
  urgency: urgencySchema,
  categoryId: z.string(),
  districtCode: z.string(),
  streetCode: z.string(),
  callerPhoneDisplay: z.string(),
  receivedAt: epochMs,
  dispatchBy: epochMs.nullable(),
  feedbackBy: epochMs.nullable(),
  leadUnitId: z.string().nullable(),
  repeatOfTicketId: z.string().nullable(),
});
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

export const ticketEventSchema = z.object({
  /** Who recorded it: this seat (its audit trail; ids are its row ids) or the center (the center's event ids). */
  source: z.enum(['seat', 'center']),
  id: z.number().int(),
  kind: z.string(),
  at: epochMs,
  actor: z.string(),
  /** Free-form details of the event (the action's arguments, the reason of a rejection). */
  data: z.record(z.string(), z.unknown()),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

/** One revision of the call notes; revisions are never edited, only added. */
export const noteRevisionSchema = z.object({
  id: z.string(),
  revision: z.number().int().positive(),
  body: z.string(),
  author: z.string(),
  at: epochMs,
});
export type NoteRevision = z.infer<typeof noteRevisionSchema>;

export const ticketLinkSchema = z.object({
  kind: z.enum(['repeat_of', 'related']),
  ticketId: z.string(),
  title: z.string().nullable(),
  at: epochMs,
});

export const ticketDetailSchema = ticketSummarySchema.extend({
  callerPhone: normalizedPhoneSchema,
  callerName: z.string(),
  callerGender: z.enum(['female', 'male', 'unspecified']),
  anonymous: z.boolean(),
  callbackConsent: z.boolean(),
  callbackPhone: z.string(),
  communityCode: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  description: z.string(),
  coUnitIds: z.array(z.string()),
  kbDocumentIds: z.array(z.string()),
  directAnswer: z.boolean(),
  catalogVersion: z.string(),
  createdBy: z.string(),
  events: z.array(ticketEventSchema),
  notes: z.array(noteRevisionSchema),
  links: z.array(ticketLinkSchema),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;
