import { createHash } from 'node:crypto';
import type { SyncMutation } from '../../shared/sync/sync-mutation-schema';

/**
 * What a mutation said, as a hash, stored with its receipt. A replay of
 * (client id, client seq) must say the same thing: a different fingerprint
 * means the seat reused a sequence number (a restored backup), which must
 * not be answered with another mutation's receipt. The hash is over the
 * parsed mutation, whose keys follow the schema's order, so the same
 * mutation sent with its JSON keys in another order matches.
 */
export function mutationFingerprint(mutation: SyncMutation): string {
  return createHash('sha256').update(JSON.stringify({ name: mutation.name, args: mutation.args })).digest('base64url');
}
