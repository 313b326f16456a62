import { z } from 'zod';
import { urgencySchema } from '../../catalog/urgency';
import { appealTypeSchema } from '../../tickets/appeal-type';
import { channelSchema } from '../../tickets/channel';
import { controlCharacters, ticketTextLimits } from './text-limits';

const noControlCharacters = (value: string) => !controlCharacters.test(value);

const ticketText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(noControlCharacters, 'must not contain control characters');

/** Text an operator must fill in: within the limit, not only spaces, no control characters (notes too). */
export const requiredTicketText = (max: number) =>
  ticketText(max).refine((value) => value.trim().length > 0, 'is required');

/**
 * The strict form of an intake, checked when the operator dispatches or
 * closes it with a direct answer. Codes must also exist in the catalog in
 * force; the core checks that and names the field when they do not.
 */
export const intakeTicketSchema = z
  .object({
    channel: channelSchema,
    appealType: appealTypeSchema,
    /** As typed or as the softphone sent it; the core normalizes and stores both. */
    callerPhone: z.string().max(64),
    callerName: ticketText(ticketTextLimits.callerName),
    callerGender: z.enum(['female', 'male', 'unspecified']),
    anonymous: z.boolean(),
    callbackConsent: z.boolean(),
    callbackPhone: z.string().max(64),
    categoryId: z.string().min(1, 'is required'),
    districtCode: z.string().regex(/^\d{6}$/, 'is required'),
    streetCode: z.string().regex(/^\d{9}$/, 'is required'),
    communityCode: z.string().regex(/^(\d{12})?$/, 'must be a 12-digit code or empty'),
    address: ticketText(ticketTextLimits.address),
    lat: z.number().min(-90).max(90).nullable(),
    lng: z.number().min(-180).max(180).nullable(),
    title: requiredTicketText(ticketTextLimits.title),
    description: requiredTicketText(ticketTextLimits.description),
    urgency: urgencySchema,
    leadUnitId: z.string(),
    coUnitIds: z.array(z.string()).max(20),
    repeatOfTicketId: z.string().nullable(),
    kbDocumentIds: z.array(z.string()).max(50),
  })
  .strict();
export type IntakeTicket = z.infer<typeof intakeTicketSchema>;

export const finishIntakeInputSchema = z
  .object({
    draftId: z.uuid(),
    ticket: intakeTicketSchema,
  })
  .strict();
