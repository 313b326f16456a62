import { z } from 'zod';
import { controlCharacters, ticketTextLimits } from '../contract/intake/text-limits';
import { syncTicketIdSchema } from './ticket-create-args';

/**
 * `ticket.addNote@1`: append a note to a ticket. Notes are never edited;
 * the note id (a UUIDv7 made by the seat) makes the append idempotent even
 * if the same note reaches the center under two sequence numbers.
 */
export const ticketAddNoteArgsSchema = z
  .object({
    ticketId: syncTicketIdSchema,
    noteId: z.uuid(),
    body: z
      .string()
      .min(1, 'must not be empty')
      .max(ticketTextLimits.note, `must be at most ${ticketTextLimits.note} characters`)
      .refine((value) => !controlCharacters.test(value), 'must not contain control characters'),
  })
  .strict();
export type TicketAddNoteArgs = z.infer<typeof ticketAddNoteArgsSchema>;
