import { notifications } from '@mantine/notifications';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import type { Translator } from '../../i18n/use-t';
import type { IntakeStore } from './intake-store';

/**
 * Links the intake as a repeat of a ticket, or undoes the link when it is
 * already that one: the operator confirms each link with a keystroke and
 * sees it, never a silent merge.
 */
export function toggleRepeatLink(store: IntakeStore, ticket: Pick<TicketSummary, 'id' | 'title'>, t: Translator): void {
  const linked = store.current().fields.repeatOfTicketId === ticket.id;
  store.edit({ repeatOfTicketId: linked ? null : ticket.id });
  notifications.show({
    id: 'intake-repeat-link',
    color: linked ? 'gray' : 'grape',
    message: linked ? t('intake.repeatOf.unlinked') : t('intake.repeatOf.linked', { title: ticket.title }),
  });
}
