import { Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useCommandHandler } from '../../commands/command-handlers';
import { useT } from '../../i18n/use-t';
import { IntakeKbSuggestions } from '../knowledge/intake-kb-suggestions';
import { TicketDetailDrawer } from '../tickets/ticket-detail-drawer';
import { AppealTypeField } from './appeal-type-field';
import { CallPanel } from './call-panel';
import { CallerFields } from './caller-fields';
import { CallerHistoryPanel } from './caller-history-panel';
import { CategoryField } from './category-field';
import { DescriptionField } from './description-field';
import { DiscardDraftModal } from './discard-draft-modal';
import { DraftsBar } from './drafts-bar';
import { FinishBar } from './finish-bar';
import { FormSection } from './form-section';
import { PlaceFields } from './place-fields';
import { RepeatOfNotice } from './repeat-of-notice';
import { RoutingPanel } from './routing-panel';
import { SimilarTicketsPanel } from './similar-tickets-panel';
import { SlaPanel } from './sla-panel';
import { TitleField } from './title-field';
import { UrgencyField } from './urgency-field';
import { useIntakeCommands } from './use-intake-commands';

/**
 * 受理: the operator's screen during a call. The form on the left in the
 * order the call usually goes; on the right what the seat knows that helps
 * (the caller's history, similar tickets, where it will be routed, its
 * deadlines). Every control is reachable by a shortcut or Tab.
 */
export function IntakePage() {
  const t = useT();
  const [openTicketId, setOpenTicketId] = useState<string | null>(null);
  const [discardOpened, setDiscardOpened] = useState(false);
  useIntakeCommands({ openDiscard: () => setDiscardOpened(true) });
  useCommandHandler('navigate.back', () => setOpenTicketId(null));
  return (
    <>
      <Stack gap="sm">
        <DraftsBar />
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
            <Stack gap="sm">
              <FormSection title={t('intake.section.caller')}>
                <CallerFields />
              </FormSection>
              <FormSection title={t('intake.section.request')}>
                <AppealTypeField />
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 8 }}>
                    <CategoryField />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <UrgencyField />
                  </Grid.Col>
                </Grid>
                <PlaceFields />
                <TitleField />
                <DescriptionField />
              </FormSection>
              <RepeatOfNotice onOpenTicket={setOpenTicketId} />
              <FinishBar />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
            <Stack gap="sm">
              <CallPanel />
              <IntakeKbSuggestions />
              <CallerHistoryPanel onOpenTicket={setOpenTicketId} />
              <SimilarTicketsPanel onOpenTicket={setOpenTicketId} />
              <RoutingPanel />
              <SlaPanel />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <TicketDetailDrawer ticketId={openTicketId} onClose={() => setOpenTicketId(null)} onOpenTicket={setOpenTicketId} />
      <DiscardDraftModal opened={discardOpened} onClose={() => setDiscardOpened(false)} />
    </>
  );
}
