import { z } from 'zod';
import { urgencySchema } from '../../catalog/urgency';
import { normalizedPhoneSchema } from '../../phone/normalized-phone';
import { appealTypeSchema } from '../../tickets/appeal-type';
import { ticketStatusSchema } from '../../tickets/ticket-status';
import { ticketSummarySchema } from './ticket-views';

const epochMs = z.number().int().nonnegative();

export const ticketListInputSchema = z
  .object({
    statuses: z.array(ticketStatusSchema).max(20).optional(),
    appealTypes: z.array(appealTypeSchema).max(10).optional(),
    /** A category and its whole subtree. */
    categoryId: z.string().max(100).optional(),
    districtCode: z.string().regex(/^\d{6}$/).optional(),
    receivedFrom: epochMs.optional(),
    receivedTo: epochMs.optional(),
    mineOnly: z.boolean().optional(),
    overdueOnly: z.boolean().optional(),
    urgency: urgencySchema.optional(),
    /**
     * Matched against title words, the ticket number (or its leading digits) and the caller's number.
     * Not the call notes: an index over a million tickets' notes would be most of the seat's database.
     */
    text: z.string().max(200).optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const ticketListOutputSchema = z.object({
  items: z.array(ticketSummarySchema),
  /** Matching rows, counted up to `totalCap`; `totalIsCapped` says the real number is larger. */
  total: z.number().int().nonnegative(),
  totalIsCapped: z.boolean(),
});

export const callerHistoryInputSchema = z.object({ phone: z.string().max(200) }).strict();

export const callerHistoryOutputSchema = z.object({
  phone: normalizedPhoneSchema,
  /** Open tickets first, then newest first. */
  tickets: z.array(ticketSummarySchema),
  /** Where the history comes from; the center answers once sync lands, the local cache offline. */
  source: z.enum(['local', 'center']),
});

export const similarTicketsInputSchema = z
  .object({
    title: z.string().max(2000),
    description: z.string().max(200_000),
    categoryId: z.string().max(100).optional(),
    streetCode: z.string().max(20).optional(),
    lat: z.number().nullable().optional(),
    lng: z.number().nullable().optional(),
    limit: z.number().int().min(1).max(50).default(8),
  })
  .strict();

export const similarTicketsOutputSchema = z.object({
  results: z.array(z.object({ ticket: ticketSummarySchema, score: z.number() })),
  source: z.enum(['local', 'center']),
});

export const routeSuggestionInputSchema = z
  .object({ categoryId: z.string().max(100), placeCode: z.string().max(20) })
  .strict();

const routedUnitSchema = z.object({
  unitId: z.string(),
  /** Why this unit: "category 供热 → 市城管委; place 中关村街道 → 中关村街道办事处". */
  reason: z.string(),
});

export const routeSuggestionOutputSchema = z.object({
  lead: routedUnitSchema.nullable(),
  coUnits: z.array(routedUnitSchema),
});

export const finishIntakeOutputSchema = z.object({
  ticketId: z.string(),
  status: ticketStatusSchema,
  dispatchBy: epochMs.nullable(),
  feedbackBy: epochMs.nullable(),
});
