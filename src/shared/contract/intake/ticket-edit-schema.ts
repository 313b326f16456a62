import { z } from 'zod';
import { intakeTicketSchema } from './intake-ticket-schema';

/**
 * What an operator may correct on a ticket after intake: how to reach the
 * caller, the title and where and what it is about. The call notes change
 * by a new note revision (tickets.addNote), the caller's number and the
 * channel are facts of the call, and routing is the center's to change.
 */
export const editableTicketFieldsSchema = intakeTicketSchema
  .pick({
    appealType: true,
    callerName: true,
    callerGender: true,
    anonymous: true,
    callbackConsent: true,
    callbackPhone: true,
    categoryId: true,
    districtCode: true,
    streetCode: true,
    communityCode: true,
    address: true,
    lat: true,
    lng: true,
    title: true,
    urgency: true,
  })
  .partial()
  .strict()
  .refine((fields) => Object.keys(fields).length > 0, 'must change at least one field');
export type EditableTicketFields = z.infer<typeof editableTicketFieldsSchema>;

export const ticketEditInputSchema = z
  .object({
    ticketId: z.string().min(1).max(200),
    fields: editableTicketFieldsSchema,
  })
  .strict();
