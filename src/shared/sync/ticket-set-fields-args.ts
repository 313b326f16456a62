import { z } from 'zod';
import { riskyTicketFields, ticketContentSchema } from './ticket-content-schema';
import { syncTicketIdSchema } from './ticket-create-args';

/** A field's version: the center's change number of the last write to it, as the seat last pulled it. */
export const fieldVersionSchema = z.number().int().nonnegative();

/**
 * `ticket.setFields@1`: per-field last-write-wins edits of a ticket's
 * content. Every risky field (ticket-content-schema.ts) must name the
 * version the operator saw in `baseVersions`; the center answers a
 * conflict receipt when that field changed since. The edit is all or
 * nothing, so a conflict never leaves half of what the operator typed applied.
 */
export const ticketSetFieldsArgsSchema = z
  .object({
    ticketId: syncTicketIdSchema,
    fields: ticketContentSchema.partial().refine((fields) => Object.keys(fields).length > 0, 'must change at least one field'),
    baseVersions: z.partialRecord(z.enum(riskyTicketFields), fieldVersionSchema).default({}),
  })
  .strict()
  .superRefine((args, context) => {
    for (const field of riskyTicketFields) {
      if (field in args.fields && args.baseVersions[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['baseVersions', field],
          message: `"${field}" moves deadlines or routing, so the version the operator saw is required`,
        });
      }
    }
  });
export type TicketSetFieldsArgs = z.infer<typeof ticketSetFieldsArgsSchema>;
