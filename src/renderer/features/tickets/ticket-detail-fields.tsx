import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TicketDetail } from '../../../shared/contract/intake/ticket-views';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT } from '../../i18n/use-t';
import { useCatalogLabels } from '../catalog/use-catalog-labels';
import { TicketDeadlines } from './ticket-deadlines';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function TicketDetailFields({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const labels = useCatalogLabels();
  const none = t('ticketDetail.none');
  const place = ticket.communityCode || ticket.streetCode || ticket.districtCode;
  const anonymous = ticket.anonymous ? [t('ticketDetail.anonymous')] : [];
  const caller = [ticket.callerName || none, t(`gender.${ticket.callerGender}`), ...anonymous].join(' · ');
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
      <Field label={t('ticketDetail.caller')}>{caller}</Field>
      <Field label={t('ticketDetail.callerPhone')}>{ticket.callerPhone.display || none}</Field>
      <Field label={t('ticketDetail.callback')}>
        {ticket.callbackConsent
          ? t('ticketDetail.callbackYes', { phone: ticket.callbackPhone || ticket.callerPhone.display })
          : t('ticketDetail.callbackNo')}
      </Field>
      <Field label={t('ticketDetail.channel')}>{t(`channel.${ticket.channel}`)}</Field>
      <Field label={t('ticketDetail.appealType')}>{t(`appealType.${ticket.appealType}`)}</Field>
      <Field label={t('ticketDetail.urgency')}>{t(`urgency.${ticket.urgency}`)}</Field>
      <Field label={t('ticketDetail.category')}>{labels.category(ticket.categoryId)}</Field>
      <Field label={t('ticketDetail.place')}>{place ? labels.place(place) : none}</Field>
      <Field label={t('ticketDetail.address')}>{ticket.address || none}</Field>
      <Field label={t('ticketDetail.leadUnit')}>{ticket.leadUnitId ? labels.unit(ticket.leadUnitId) : none}</Field>
      <Field label={t('ticketDetail.coUnits')}>
        {ticket.coUnitIds.length > 0 ? ticket.coUnitIds.map((id) => labels.unit(id)).join('、') : none}
      </Field>
      <Field label={t('ticketDetail.received')}>{formatDateTime(ticket.receivedAt)}</Field>
      <Field label={t('ticketDetail.createdBy')}>{ticket.createdBy}</Field>
      <Field label={t('ticketDetail.catalogVersion')}>{ticket.catalogVersion}</Field>
      <TicketDeadlines ticket={ticket} />
      {ticket.kbDocumentIds.length > 0 && (
        <Field label={t('ticketDetail.kbDocuments')}>{ticket.kbDocumentIds.join('、')}</Field>
      )}
    </SimpleGrid>
  );
}
