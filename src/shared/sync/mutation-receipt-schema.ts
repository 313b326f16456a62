import { z } from 'zod';
import { ticketRejectionCodeSchema } from '../tickets/ticket-rejection';
import { ticketStatusSchema } from '../tickets/ticket-status';
import { fieldVersionSchema } from './ticket-set-fields-args';
import { clientSeqSchema } from './sync-mutation-schema';
import { syncMutationNameSchema } from './sync-mutation-names';
import { riskyTicketFields } from './ticket-content-schema';

/**
 * Why the center refused a mutation that was well formed: the state
 * machine's codes (ticket-rejection.ts) plus the checks around it. The seat
 * shows the code's translation to the operator with what to do.
 */
export const receiptReasonCodeSchema = z.enum([
  ...ticketRejectionCodeSchema.options,
  /** The ticket id names no ticket on the center (never created, or created by a mutation that was refused). */
  'unknown_ticket',
  /** Another seat already created a ticket with this id. */
  'ticket_exists',
  /** A category, place, unit or ticket named in the args does not exist in the center's catalog or store. */
  'unknown_reference',
  /** The signed-in role may not send this mutation at all (a callback agent creating a ticket). */
  'mutation_not_allowed',
  /** The note id is already used by a note on another ticket. */
  'note_id_taken',
]);
export type ReceiptReasonCode = z.infer<typeof receiptReasonCodeSchema>;

/** Where the ticket stands after the mutation (or stood when it was refused). */
export const receiptTicketSchema = z.object({
  id: z.string(),
  /** The center's human number, e.g. 2026112200123. */
  number: z.string(),
  status: ticketStatusSchema,
  /** The change number of the ticket's latest write: a pull past it returns this state or a newer one. */
  version: z.number().int().nonnegative(),
});

/** A risky field someone else changed after the operator saw it. */
export const fieldConflictSchema = z.object({
  field: z.enum(riskyTicketFields),
  baseVersion: fieldVersionSchema,
  currentVersion: fieldVersionSchema,
  currentValue: z.unknown(),
});
export type FieldConflict = z.infer<typeof fieldConflictSchema>;

const receiptBase = {
  clientSeq: clientSeqSchema,
  name: syncMutationNameSchema,
  /** The ticket as it stands; null when the mutation named a ticket the center does not have. */
  ticket: receiptTicketSchema.nullable(),
  /** When the center committed the mutation (or its refusal), epoch ms. */
  committedAt: z.number().int().nonnegative(),
};

/**
 * The center's answer to one mutation, stored with its dedupe record: a
 * replay of the same (client id, client seq) gets this same receipt back.
 * Every outcome advances the client's sequence; only `applied` changed
 * anything, and then `change` is the change number a pull will show it at
 * (null when the mutation changed nothing, such as a repeated note).
 */
export const mutationReceiptSchema = z.discriminatedUnion('outcome', [
  z.object({ ...receiptBase, outcome: z.literal('applied'), change: z.number().int().positive().nullable() }),
  z.object({
    ...receiptBase,
    outcome: z.literal('rejected'),
    reason: z.object({
      code: receiptReasonCodeSchema,
      /** An English sentence for logs and support; the seat translates the code. */
      message: z.string(),
      /** The args path the reason is about (`action.leadUnitId`), when it is about one. */
      path: z.string().optional(),
    }),
  }),
  z.object({ ...receiptBase, outcome: z.literal('conflict'), conflicts: z.array(fieldConflictSchema).min(1) }),
]);
export type MutationReceipt = z.infer<typeof mutationReceiptSchema>;
