import { z } from 'zod';
import { draftTextLimit } from './text-limits';

const draftText = z.string().max(draftTextLimit);
const epochMs = z.number().int().nonnegative();

/**
 * What the intake form holds while the operator types. Every field is
 * optional and loosely typed on purpose: a draft is saved on every change,
 * valid or not, and only finishing the ticket applies the strict rules.
 */
export const intakeDraftFieldsSchema = z
  .object({
    channel: z.string().max(40),
    appealType: z.string().max(40),
    callerPhone: draftText,
    callerName: draftText,
    callerGender: z.string().max(20),
    anonymous: z.boolean(),
    callbackConsent: z.boolean(),
    callbackPhone: draftText,
    categoryId: z.string().max(100),
    districtCode: z.string().max(20),
    streetCode: z.string().max(20),
    communityCode: z.string().max(20),
    address: draftText,
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    title: draftText,
    description: draftText,
    urgency: z.string().max(20),
    leadUnitId: z.string().max(100),
    coUnitIds: z.array(z.string().max(100)).max(50),
    repeatOfTicketId: z.string().max(100).nullable(),
    kbDocumentIds: z.array(z.string().max(200)).max(50),
  })
  .partial()
  .strict();
export type IntakeDraftFields = z.infer<typeof intakeDraftFieldsSchema>;

export const intakeDraftSchema = z.object({
  id: z.string(),
  callId: z.string().nullable(),
  /** When the call started ringing at the seat, for the call timer. */
  callStartedAt: epochMs.nullable(),
  fields: intakeDraftFieldsSchema,
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;

export const draftSaveInputSchema = z
  .object({
    /** A UUIDv7 the renderer makes for a new draft, so saving is idempotent from the first keystroke. */
    id: z.uuid(),
    callId: z.string().max(200).nullable().optional(),
    callStartedAt: epochMs.nullable().optional(),
    fields: intakeDraftFieldsSchema,
  })
  .strict();
