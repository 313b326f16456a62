import { intakeTicketSchema } from '../contract/intake/intake-ticket-schema';

/**
 * What a ticket says, as opposed to where it stands: the intake fields
 * without the routing choices (lead unit, co-units, repeat-of), which are
 * lifecycle facts that only the state machine changes (a dispatch or
 * link_as_repeat request). These are the fields `ticket.create@1` carries
 * and `ticket.setFields@1` edits.
 */
export const ticketContentSchema = intakeTicketSchema.omit({ leadUnitId: true, coUnitIds: true, repeatOfTicketId: true });
export type TicketContent = ReturnType<typeof ticketContentSchema.parse>;
export type TicketContentField = keyof TicketContent;

export const ticketContentFields = Object.keys(ticketContentSchema.shape) as TicketContentField[];

/**
 * Fields whose change moves a ticket's deadlines or its owner: urgency and
 * category pick the SLA class, category and place pick the unit. An edit of
 * one of them carries the field version the operator saw, and the center
 * refuses it as a conflict when someone changed the field since, instead of
 * letting the later write silently win (per-field last-write-wins covers
 * everything else).
 */
export const riskyTicketFields = ['urgency', 'categoryId', 'districtCode', 'streetCode', 'communityCode'] as const satisfies readonly TicketContentField[];
export type RiskyTicketField = (typeof riskyTicketFields)[number];
