import { z } from 'zod';
import { normalizedPhoneSchema } from '../../phone/normalized-phone';

const epochMs = z.number().int().nonnegative();

/** A softphone's "ringing" event, as the CTI listener or a test delivers it. */
export const ctiIncomingInputSchema = z
  .object({
    callId: z.string().min(1).max(200),
    /** The caller's number as the switch sent it: anything, including nothing. */
    ani: z.string().max(200),
    /** The number dialled (12345 or a sub-line). */
    dnis: z.string().max(200),
    at: epochMs,
  })
  .strict();

/** What the seat shows when a call comes in: a fresh intake draft for it. */
export const incomingCallSchema = z.object({
  callId: z.string(),
  draftId: z.string(),
  phone: normalizedPhoneSchema,
  dnis: z.string(),
  at: epochMs,
});
export type IncomingCall = z.infer<typeof incomingCallSchema>;
