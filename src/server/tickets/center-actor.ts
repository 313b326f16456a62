import type { TicketActorRole } from '../../shared/tickets/ticket-actor';

/**
 * Who is changing a ticket, as the history records it: the role the state
 * machine judges, the unit acted for, the account name, and the seat
 * (position and database) the change came from: null for the unit API and
 * the center's own desk and simulator.
 */
export interface CenterActor {
  role: TicketActorRole;
  unitId: string | null;
  username: string;
  clientId: string | null;
  seatId: string | null;
}
