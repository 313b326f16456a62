import { createContext, use, type ReactNode } from 'react';
import type { TicketSummary } from '../../../shared/contract/intake/ticket-views';
import { SlaCountdown } from './sla-countdown';
import { useNow } from './use-now';

const ListNow = createContext<number | null>(null);

/**
 * One clock for every countdown in a list. Its tick re-renders the
 * countdowns only, not the rows around them: a list that re-rendered all
 * its rows every second would sometimes do so just as the operator changes
 * a filter (bench intake-ui).
 */
export function ListClock({ children }: { children: ReactNode }) {
  const now = useNow(1_000);
  return <ListNow value={now}>{children}</ListNow>;
}

/** The running deadline of a ticket in a list, on the list's clock. */
export function ListSlaCountdown({ ticket }: { ticket: TicketSummary }) {
  const now = use(ListNow);
  if (now === null) throw new Error('ListSlaCountdown must be inside a ListClock');
  return <SlaCountdown ticket={ticket} now={now} />;
}
