import type { SyncMutationName } from '../../../shared/sync/sync-mutation-names';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';

/**
 * The outbox intent in the operator's words. The version suffix (@1) is
 * wire detail and not shown; a new version reuses its name's words.
 */
export const mutationLabel: Readonly<Record<SyncMutationName, PlainMessageKey>> = {
  'ticket.create@1': 'sync.mutation.create',
  'ticket.request@1': 'sync.mutation.request',
  'ticket.addNote@1': 'sync.mutation.addNote',
  'ticket.setFields@1': 'sync.mutation.setFields',
};
