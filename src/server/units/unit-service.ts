import type { SyncTicket } from '../../shared/sync/sync-ticket-schema';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import { problemTypes } from '../../shared/sync/problem-types';
import type { Principal } from '../auth/principal';
import type { CatalogStore } from '../catalog/catalog-store';
import type { Clock } from '../clock';
import { ProblemError } from '../http/problem-error';
import type { TicketWriter } from '../store/ticket-writer';
import { requestTicketAction } from '../tickets/request-ticket-action';
import { loadSyncTickets } from '../tickets/ticket-documents';
import { readTicket } from '../tickets/ticket-record';
import { involvesUnit, unitActionFor, type UnitStep } from './unit-step';
import { prepareCached } from '../store/prepare-cached';

/** What the unit asks for: one of its steps, or calling in co-units. */
export type UnitRequest = { step: UnitStep } | { coUnitIds: string[] };

/**
 * The unit side of the loop. A unit sees and acts on only the tickets it
 * leads or co-handles; anything else is "not found", so a unit cannot
 * probe other units' tickets. Every action goes through the same lifecycle
 * engine as the seats' requests.
 */
export class UnitService {
  constructor(
    private readonly writer: TicketWriter,
    private readonly catalogs: CatalogStore,
    private readonly clock: Clock,
  ) {}

  list(principal: Principal, scope: 'open' | 'all', limit: number): SyncTicket[] {
    const unitId = unitOf(principal);
    const db = this.writer.db;
    const ids = prepareCached<{ unitId: string; openOnly: number; limit: number }, { id: string }>(
      db,
      `SELECT t.id FROM ticket t
       WHERE (t.lead_unit_id = @unitId
           OR EXISTS (SELECT 1 FROM json_each(t.lifecycle, '$.coUnits') c WHERE json_extract(c.value, '$.unitId') = @unitId))
         AND (@openOnly = 0 OR t.status NOT IN ('closed', 'direct_answered'))
       ORDER BY t.last_change DESC
       LIMIT @limit`,
    ).all({ unitId, openOnly: scope === 'open' ? 1 : 0, limit })
      .map((row) => row.id);
    return loadSyncTickets(db, ids);
  }

  act(principal: Principal, ticketId: string, request: UnitRequest, comment: string | undefined): SyncTicket {
    const unitId = unitOf(principal);
    const db = this.writer.db;
    const ticket = readTicket(db, ticketId);
    const action: TicketAction | null =
      ticket === null || !involvesUnit(ticket.lifecycle, unitId)
        ? null
        : 'step' in request
          ? unitActionFor(ticket.lifecycle, unitId, request.step)
          : { type: 'add_co_units', unitIds: request.coUnitIds };
    if (action === null) {
      throw new ProblemError(404, problemTypes.notFound, 'Ticket not found', `Unit ${unitId} has no ticket ${ticketId}.`);
    }
    const outcome = this.writer.write(() =>
      requestTicketAction(
        { writer: this.writer, catalog: this.catalogs.current(), now: this.clock() },
        { role: 'unit', unitId, username: principal.username, clientId: null, seatId: null },
        { ticketId, action, comment },
      ),
    );
    if (outcome.outcome === 'rejected') {
      throw new ProblemError(409, problemTypes.transitionRejected, 'Action refused', outcome.reason.message, { code: outcome.reason.code });
    }
    const [document] = loadSyncTickets(db, [ticketId]);
    if (!document) throw new Error(`ticket ${ticketId} vanished after an action`);
    return document;
  }
}

function unitOf(principal: Principal): string {
  // The account table guarantees a unit id for the unit role, the only role these routes admit.
  if (principal.unitId === null) throw new Error('unit routes are only open to unit accounts');
  return principal.unitId;
}
