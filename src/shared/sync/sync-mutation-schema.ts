import { z } from 'zod';
import type { SyncMutationName } from './sync-mutation-names';
import { ticketAddNoteArgsSchema } from './ticket-add-note-args';
import { ticketCreateArgsSchema } from './ticket-create-args';
import { ticketRequestArgsSchema } from './ticket-request-args';
import { ticketSetFieldsArgsSchema } from './ticket-set-fields-args';

/** The seat's sequence number of a mutation: 1, 2, 3, … per client id, with no gaps. */
export const clientSeqSchema = z.number().int().positive();

/** The args schema of each mutation name, for code that has a name in hand. */
export const syncMutationArgsSchemas = {
  'ticket.create@1': ticketCreateArgsSchema,
  'ticket.setFields@1': ticketSetFieldsArgsSchema,
  'ticket.addNote@1': ticketAddNoteArgsSchema,
  'ticket.request@1': ticketRequestArgsSchema,
} as const satisfies Record<SyncMutationName, z.ZodType>;

const mutation = <N extends SyncMutationName>(name: N) =>
  z.object({ clientSeq: clientSeqSchema, name: z.literal(name), args: syncMutationArgsSchemas[name] }).strict();

/** One outbox entry as it travels: `{clientSeq, name, args}`. */
export const syncMutationSchema = z.discriminatedUnion('name', [
  mutation('ticket.create@1'),
  mutation('ticket.setFields@1'),
  mutation('ticket.addNote@1'),
  mutation('ticket.request@1'),
]);
export type SyncMutation = z.infer<typeof syncMutationSchema>;
