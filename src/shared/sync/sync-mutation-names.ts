import { z } from 'zod';

/**
 * The intents a seat may queue in its outbox, each versioned by name
 * (ARCHITECTURE.md, "Sync protocol"). A changed meaning gets a new version
 * (`ticket.create@2`) beside the old one, so a center can keep applying
 * mutations that older seats queued while offline; a name the center does
 * not know is refused as a whole push, never guessed at.
 */
export const syncMutationNames = ['ticket.create@1', 'ticket.setFields@1', 'ticket.addNote@1', 'ticket.request@1'] as const;

export const syncMutationNameSchema = z.enum(syncMutationNames);
export type SyncMutationName = z.infer<typeof syncMutationNameSchema>;

export function isSyncMutationName(name: string): name is SyncMutationName {
  return (syncMutationNames as readonly string[]).includes(name);
}
