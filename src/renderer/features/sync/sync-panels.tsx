import { useState } from 'react';
import { useSyncStatus } from '../../api/use-sync-status';
import { useCommandHandler } from '../../commands/command-handlers';
import { TicketDetailDrawer } from '../tickets/ticket-detail-drawer';
import { RejectionsDrawer } from './rejections-drawer';
import { SignInModal } from './sign-in-modal';
import { syncCommandIds } from './sync-commands';
import { useSignOut } from './use-sign-out';
import { useSignedOutPrompt } from './use-signed-out-prompt';
import { useSyncNow } from './use-sync-now';

/** At most one sync dialog at a time; a ticket opened from the list returns to the list when closed. */
type SyncDialog = { kind: 'none' } | { kind: 'signIn' } | { kind: 'rejections' } | { kind: 'ticket'; ticketId: string };

/**
 * The sync commands' side in the shell: it carries out F9, Shift+F9,
 * Ctrl+Shift+L and sign-out wherever the operator is, and owns the sign-in
 * modal and the rejection list. The status bar opens them through the same
 * command handlers, so a click and a key do exactly the same.
 */
export function SyncPanels() {
  const [dialog, setDialog] = useState<SyncDialog>({ kind: 'none' });
  const { data: status } = useSyncStatus();
  const syncNow = useSyncNow();
  const signOut = useSignOut();
  useSignedOutPrompt(status?.connection, () => setDialog({ kind: 'signIn' }));

  useCommandHandler(syncCommandIds.now, () => syncNow.mutate());
  useCommandHandler(syncCommandIds.signOut, () => signOut.mutate());
  useCommandHandler(syncCommandIds.signIn, () => setDialog({ kind: 'signIn' }));
  useCommandHandler(syncCommandIds.rejections, () => setDialog({ kind: 'rejections' }));

  const close = () => setDialog({ kind: 'none' });
  const openTicket = (ticketId: string) => setDialog({ kind: 'ticket', ticketId });
  return (
    <>
      <SignInModal opened={dialog.kind === 'signIn'} onClose={close} status={status} />
      <RejectionsDrawer opened={dialog.kind === 'rejections'} onClose={close} onOpenTicket={openTicket} />
      {/* There is no ticket route to go to: the tickets feature's own detail drawer shows it, over any section. */}
      <TicketDetailDrawer
        ticketId={dialog.kind === 'ticket' ? dialog.ticketId : null}
        onClose={() => setDialog({ kind: 'rejections' })}
        onOpenTicket={openTicket}
      />
    </>
  );
}
