import { z } from 'zod';
import { mutationReceiptSchema } from './mutation-receipt-schema';
import { syncMutationSchema } from './sync-mutation-schema';

/** What one push may carry; the seat splits its outbox to stay within both. */
export const pushLimits = {
  maxMutations: 100,
  /** A hundred intakes with long call notes in Chinese (3 bytes a character) fit. */
  maxBodyBytes: 4 * 1024 * 1024,
} as const;

/** The seat's sync identity, made once in its database (UUIDv7). */
export const clientIdSchema = z.uuid();

/**
 * `POST /v1/sync/push`. Mutations in ascending clientSeq with no holes; the
 * center applies them in that order, each in its own transaction with its
 * receipt, and answers once the last one is committed.
 */
export const pushRequestSchema = z
  .object({
    clientId: clientIdSchema,
    /** Bumped by the seat when it finds it was restored from a backup; an older incarnation is refused. */
    incarnation: z.number().int().positive(),
    mutations: z
      .array(syncMutationSchema)
      .min(1)
      .max(pushLimits.maxMutations)
      .superRefine((mutations, context) => {
        mutations.forEach((mutation, index) => {
          const previous = mutations[index - 1];
          if (previous && mutation.clientSeq !== previous.clientSeq + 1) {
            context.addIssue({
              code: 'custom',
              path: [index, 'clientSeq'],
              message: `must be ${previous.clientSeq + 1}: a push carries consecutive sequence numbers`,
            });
          }
        });
      }),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** One receipt per mutation, in the order sent. */
  receipts: z.array(mutationReceiptSchema),
  /** The highest sequence number the center has for this client: the seat may drop outbox rows up to here. */
  lastClientSeq: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
