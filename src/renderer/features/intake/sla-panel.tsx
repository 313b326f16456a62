import { Stack, Text } from '@mantine/core';
import { urgencySchema } from '../../../shared/catalog/urgency';
import { defaultSlaTable } from '../../../shared/sla/default-sla-table';
import { formatDeadline } from '../../../shared/sla/format-deadline';
import { formatDuration } from '../../../shared/sla/format-countdown';
import { deadlinesFor, slaRowFor } from '../../../shared/sla/sla-deadlines';
import { slaClassFor } from '../../../shared/sla/sla-class-for-ticket';
import { Panel } from '../../components/panel';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { useCatalogLookups } from '../catalog/catalog-lookups';
import { useNow } from '../tickets/use-now';
import { useIntakeSelector } from './intake-session-context';

/**
 * The deadlines this ticket would get if it were finished now, from the
 * catalog's SLA table: they follow the urgency and category live.
 */
export function SlaPanel() {
  const t = useT();
  const locale = useLocale();
  const now = useNow(15_000);
  const lookups = useCatalogLookups();
  const urgencyValue = useIntakeSelector((store) => store.current().fields.urgency);
  const categoryId = useIntakeSelector((store) => store.current().fields.categoryId);
  const urgency = urgencySchema.safeParse(urgencyValue);

  let body;
  if (!urgency.success) {
    body = (
      <Text size="sm" c="dimmed">
        {t('intake.sla.needsUrgency')}
      </Text>
    );
  } else {
    const table = lookups?.view.catalog.slaTable ?? defaultSlaTable;
    const category = lookups?.index.categoryById.get(categoryId) ?? null;
    const slaClass = slaClassFor({ urgency: urgency.data, category }, table);
    const row = slaRowFor(slaClass, table);
    const deadlines = deadlinesFor({ receivedAt: now, slaClass }, table);
    const within = (ms: number) => t('intake.sla.within', { duration: formatDuration(ms, locale) });
    body = (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('intake.sla.class', { name: row.name })}
        </Text>
        <Text size="sm">
          {t('ticket.sla.dispatchBy')}{' '}
          {deadlines.dispatchBy === null || row.dispatchWithinMs === null
            ? t('ticket.sla.none')
            : `${formatDeadline(deadlines.dispatchBy, now, locale)}${within(row.dispatchWithinMs)}`}
        </Text>
        <Text size="sm">
          {t('ticket.sla.feedbackBy')} {formatDeadline(deadlines.feedbackBy, now, locale)}
          {within(row.feedbackWithinMs)}
          {deadlines.feedbackByIsEstimate ? t('ticket.sla.estimate') : ''}
        </Text>
      </Stack>
    );
  }
  return <Panel title={t('intake.sla.title')}>{body}</Panel>;
}
