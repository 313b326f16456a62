import { Text } from '@mantine/core';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { formatCountdown } from '../../../shared/sla/format-countdown';
import { slaState, type SlaStateName } from '../../../shared/sla/sla-state';
import { isAwaitingDispatchStatus, isWithUnitStatus } from '../../../shared/tickets/ticket-status';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';

const stateColor: Record<SlaStateName, string> = { ok: 'dimmed', due_soon: 'orange', overdue: 'red' };

/** The deadline whose clock is running now: dispatch while the ticket waits for it, feedback while a unit has it. */
type SlaTicket = Pick<TicketSummary, 'status' | 'dispatchBy' | 'feedbackBy'>;

function runningDeadline(ticket: SlaTicket) {
  if (isAwaitingDispatchStatus(ticket.status) && ticket.dispatchBy !== null) {
    return { kind: 'dispatch', at: ticket.dispatchBy } as const;
  }
  if (isWithUnitStatus(ticket.status) && ticket.feedbackBy !== null) return { kind: 'feedback', at: ticket.feedbackBy } as const;
  return null;
}

export function SlaCountdown({ ticket, now }: { ticket: SlaTicket; now: number }) {
  const t = useT();
  const locale = useLocale();
  const deadline = runningDeadline(ticket);
  if (!deadline) return null;
  const state = slaState(deadline.at, now);
  return (
    <Text size="xs" c={stateColor[state.state]} fw={state.state === 'ok' ? undefined : 600} style={{ whiteSpace: 'nowrap' }}>
      {t(deadline.kind === 'dispatch' ? 'ticket.sla.dispatch' : 'ticket.sla.feedback')}{' '}
      {formatCountdown(state.remainingMs, locale)}
    </Text>
  );
}
