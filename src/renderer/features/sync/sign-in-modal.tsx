import { Modal, Text } from '@mantine/core';
import type { SyncStatus } from '../../../shared/contract/sync/sync-status-schema';
import { useT } from '../../i18n/use-t';
import { SignInForm } from './sign-in-form';

/**
 * Sign in, or switch operator when someone is signed in already. Esc
 * closes it: local work goes on while nobody is signed in, it just waits
 * to be sent. The form unmounts on close, so it opens empty every time.
 */
export function SignInModal({ opened, onClose, status }: { opened: boolean; onClose: () => void; status: SyncStatus | undefined }) {
  const t = useT();
  const account = status?.account ?? null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('sync.signIn.switchTitle') : t('sync.signIn.title')}
      size="sm"
    >
      {account && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('sync.signIn.current', { name: account.displayName })}
        </Text>
      )}
      {/* Without a center there is nobody to check a password with, so no form to fill in vain. */}
      {status?.connection === 'not_configured' ? (
        <Text size="sm" c="orange">
          {t('sync.signIn.notConfigured')}
        </Text>
      ) : (
        <SignInForm onSignedIn={onClose} signedInAs={account?.username ?? null} />
      )}
    </Modal>
  );
}
