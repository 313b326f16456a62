import { Group, Text } from '@mantine/core';
import { normalizePhone } from '../../../shared/phone/normalize-phone';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';
import { useNow } from '../tickets/use-now';
import { useIntakeSelector } from './intake-session-context';
import { PhoneStatus } from './phone-status';

function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const clock = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${clock}` : clock;
}

/** The call this intake belongs to: how long it has lasted and who is on the line. */
export function CallPanel() {
  const t = useT();
  const now = useNow(1_000);
  const callStartedAt = useIntakeSelector((store) => store.current().callStartedAt);
  const incomingPhone = useIntakeSelector((store) => store.current().incomingPhone);
  const callerPhone = useIntakeSelector((store) => store.current().fields.callerPhone);
  if (callStartedAt === null) return null;
  const phone = incomingPhone ?? normalizePhone(callerPhone);
  return (
    <Panel title={t('intake.call.title')}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} size="lg" ff="monospace">
          {phone.display || t('phone.withheld')}
        </Text>
        <Text size="sm" ff="monospace" aria-live="off">
          {t('intake.call.elapsed', { time: formatElapsed(now - callStartedAt) })}
        </Text>
      </Group>
      <PhoneStatus phone={phone} />
    </Panel>
  );
}
