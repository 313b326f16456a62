import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { normalizePhone } from '../../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../../shared/phone/normalized-phone';
import { DAY_MS } from '../../../shared/sla/sla-durations';
import { useCallerHistory } from '../../api/use-caller-history';
import { requireCommand } from '../../commands/command-registry';
import { KeyCaps } from '../../components/key-caps';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';
import { CompactTicketList } from '../tickets/compact-ticket-list';
import { intakeElementIds } from './intake-element-ids';
import { LookupSourceBadge } from './lookup-source-badge';
import { useIntakeSelector, useIntakeStore } from './intake-session-context';
import { toggleRepeatLink } from './toggle-repeat-link';

const recentWindowMs = 30 * DAY_MS;

/** Screen-pop: every ticket from the caller's number, open ones first, the last 30 days highlighted. */
export function CallerHistoryPanel({ onOpenTicket }: { onOpenTicket: (ticketId: string) => void }) {
  const t = useT();
  const store = useIntakeStore();
  const callerPhone = useIntakeSelector((current) => current.current().fields.callerPhone);
  const linkedId = useIntakeSelector((current) => current.current().fields.repeatOfTicketId);
  // A typed number is looked up once the operator pauses, not on every digit.
  const [settledPhone] = useDebouncedValue(callerPhone, 300);
  const lookupKey = useMemo(() => phoneLookupKey(normalizePhone(settledPhone)), [settledPhone]);
  const { data, dataUpdatedAt } = useCallerHistory(lookupKey);
  const [active, setActive] = useState({ key: lookupKey, index: 0 });
  const activeIndex = active.key === lookupKey ? active.index : 0;
  const tickets = lookupKey === null ? [] : (data?.tickets ?? []);
  // Counted from when the answer arrived, so rows do not change colour while the operator reads them.
  const recentSince = dataUpdatedAt - recentWindowMs;
  const keys = requireCommand('intake.focusHistory').keys;

  return (
    <Panel
      title={t('intake.history.title')}
      actions={
        <Group gap="xs" wrap="nowrap">
          {lookupKey !== null && <LookupSourceBadge source={data?.source} />}
          {tickets.length > 0 && (
            <Badge size="sm" variant="light" tt="none">
              {tickets.length}
            </Badge>
          )}
          {keys && <KeyCaps binding={keys} />}
        </Group>
      }
    >
      {lookupKey === null ? (
        <Text size="sm" c="dimmed">
          {t('intake.history.noPhone')}
        </Text>
      ) : tickets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {data ? t('intake.history.none') : t('common.loading')}
        </Text>
      ) : (
        <CompactTicketList
          id={intakeElementIds.history}
          label={t('intake.history.title')}
          items={tickets.map((ticket) => ({
            ticket,
            highlighted: ticket.receivedAt >= recentSince,
            highlightLabel: t('intake.history.recent'),
          }))}
          activeIndex={activeIndex}
          onActiveIndexChange={(index) => setActive({ key: lookupKey, index })}
          onOpen={onOpenTicket}
          onLink={(ticketId) => {
            const ticket = tickets.find((candidate) => candidate.id === ticketId);
            if (ticket) toggleRepeatLink(store, ticket, t);
          }}
          linkedTicketId={linkedId}
          linkedLabel={t('intake.similar.linked')}
        />
      )}
    </Panel>
  );
}
