import { Drawer, Loader, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { RejectionRow } from './rejection-row';
import { useDismissRejection } from './use-dismiss-rejection';
import { useSyncRejections } from './use-sync-rejections';

/** The list's contents; mounted only while the drawer is open, so opening it asks the core afresh. */
function RejectionList({ onOpenTicket }: { onOpenTicket: (ticketId: string) => void }) {
  const t = useT();
  const { data: rejections } = useSyncRejections();
  const dismiss = useDismissRejection();
  if (!rejections) return <Loader size="sm" />;
  if (rejections.length === 0) return <Text c="dimmed">{t('sync.rejections.empty')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('sync.rejections.intro')}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {rejections.map((rejection) => (
          <RejectionRow
            key={rejection.clientSeq}
            rejection={rejection}
            // Only a ticket this seat holds (it has its title) can be opened here.
            onOpenTicket={rejection.ticketTitle !== null ? onOpenTicket : undefined}
            onDismiss={(clientSeq) => dismiss.mutate(clientSeq)}
            dismissing={dismiss.isPending && dismiss.variables === rejection.clientSeq}
          />
        ))}
      </Stack>
    </Stack>
  );
}

export interface RejectionsDrawerProps {
  opened: boolean;
  onClose: () => void;
  onOpenTicket: (ticketId: string) => void;
}

/** Changes the center refused, newest as the core orders them; each stays until the operator dismisses it. */
export function RejectionsDrawer({ opened, onClose, onOpenTicket }: RejectionsDrawerProps) {
  const t = useT();
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t('sync.rejections.title')}>
      <RejectionList onOpenTicket={onOpenTicket} />
    </Drawer>
  );
}
