import { Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { MethodInput } from '../../../shared/contract/methods';
import { useSimilarTickets } from '../../api/use-similar-tickets';
import { useCommandHandler } from '../../commands/command-handlers';
import { requireCommand } from '../../commands/command-registry';
import { KeyCaps } from '../../components/key-caps';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';
import { CompactTicketList } from '../tickets/compact-ticket-list';
import { intakeElementIds } from './intake-element-ids';
import { useIntakeSelector, useIntakeStore } from './intake-session-context';
import { toggleRepeatLink } from './toggle-repeat-link';
import { LookupSourceBadge } from './lookup-source-badge';

/** Enough text to compare: similarity of the gist, not of a 100 kB paste sent on every pause. */
const similarTextLimit = 4_000;
const minimumText = 2;

/**
 * "Already reported?" (FixMyStreet's step before filing): while the
 * operator types, tickets from the same street or category with similar
 * wording. Alt+L links the highlighted one as the ticket this call repeats.
 */
export function SimilarTicketsPanel({ onOpenTicket }: { onOpenTicket: (ticketId: string) => void }) {
  const t = useT();
  const store = useIntakeStore();
  const title = useIntakeSelector((current) => current.current().fields.title);
  const description = useIntakeSelector((current) => current.current().fields.description);
  const categoryId = useIntakeSelector((current) => current.current().fields.categoryId);
  const streetCode = useIntakeSelector((current) => current.current().fields.streetCode);
  const linkedId = useIntakeSelector((current) => current.current().fields.repeatOfTicketId);

  const input = useMemo((): MethodInput<'intake.similar'> | null => {
    const enoughText = (title.trim() + description.trim()).length >= minimumText;
    if (!enoughText || (categoryId === '' && streetCode === '')) return null;
    return {
      title,
      description: description.slice(0, similarTextLimit),
      ...(categoryId ? { categoryId } : {}),
      ...(streetCode ? { streetCode } : {}),
    };
  }, [title, description, categoryId, streetCode]);
  const [settledInput] = useDebouncedValue(input, 250);
  const { data } = useSimilarTickets(settledInput);
  const results = settledInput === null ? [] : (data?.results ?? []);
  const [activeIndex, setActiveIndex] = useState(0);
  const active = results[Math.min(activeIndex, results.length - 1)];

  useCommandHandler('intake.linkRepeat', () => {
    if (active) toggleRepeatLink(store, active.ticket, t);
    else if (store.current().fields.repeatOfTicketId !== null) store.edit({ repeatOfTicketId: null });
  });

  const focusKeys = requireCommand('intake.focusSimilar').keys;
  const linkKeys = requireCommand('intake.linkRepeat').keys;
  return (
    <Panel
      title={t('intake.similar.title')}
      actions={
        <Group gap="xs" wrap="nowrap">
          {settledInput !== null && <LookupSourceBadge source={data?.source} />}
          {focusKeys && <KeyCaps binding={focusKeys} />}
          {linkKeys && results.length > 0 && <KeyCaps binding={linkKeys} />}
        </Group>
      }
    >
      {settledInput === null ? (
        <Text size="sm" c="dimmed">
          {t('intake.similar.hint')}
        </Text>
      ) : results.length === 0 ? (
        <Text size="sm" c="dimmed">
          {data ? t('intake.similar.none') : t('common.loading')}
        </Text>
      ) : (
        <CompactTicketList
          id={intakeElementIds.similar}
          label={t('intake.similar.title')}
          items={results.map(({ ticket, score }) => ({
            ticket,
            remark: t('intake.similar.score', { percent: Math.round(score * 100) }),
          }))}
          activeIndex={activeIndex}
          onActiveIndexChange={setActiveIndex}
          onOpen={onOpenTicket}
          onLink={(ticketId) => {
            const result = results.find((candidate) => candidate.ticket.id === ticketId);
            if (result) toggleRepeatLink(store, result.ticket, t);
          }}
          linkedTicketId={linkedId}
          linkedLabel={t('intake.similar.linked')}
        />
      )}
    </Panel>
  );
}
