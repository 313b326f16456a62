import type { Database } from 'better-sqlite3';
import { centerApiPaths } from '../../shared/sync/center-api-paths';
import { ticketLookupQuerySchema, ticketLookupResponseSchema, type TicketLookupQuery, type TicketLookupResponse } from '../../shared/sync/ticket-lookup-schemas';
import type { CenterServices } from '../app/center-services';
import { routeRoles } from '../auth/route-roles';
import { named } from '../http/named-schema';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';
import { prepareCached } from '../store/prepare-cached';
import { loadSyncTickets } from './ticket-documents';

export function ticketLookupRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      url: centerApiPaths.tickets,
      operationId: 'lookupTickets',
      tag: 'tickets',
      summary: 'A caller’s tickets, or a street’s recent ones',
      description:
        'For the screen-pop and "already reported?" while the caller is on the line: give exactly one of `callerPhoneKey` ' +
        '(all time) and `streetCode` (with `receivedFrom`). Newest first, whole tickets as pull delivers them; they do not ' +
        'join the seat’s pull scope.',
      access: routeRoles.seats,
      query: ticketLookupQuerySchema,
      responses: { 200: { description: 'The tickets found.', body: named('TicketLookupResponse', ticketLookupResponseSchema) } },
      example: { query: { callerPhoneKey: '+8613812345678', limit: '20' } },
      handler: ({ query }) => lookupTickets(services.db, query),
    }),
  ];
}

function lookupTickets(db: Database, query: TicketLookupQuery): TicketLookupResponse {
  const ids =
    query.callerPhoneKey !== undefined
      ? prepareCached<[string, number], string>(db, 'SELECT id FROM ticket WHERE caller_phone_key = ? ORDER BY received_at DESC LIMIT ?')
          .pluck()
          .all(query.callerPhoneKey, query.limit)
      : prepareCached<[string, number, number], string>(
          db,
          'SELECT id FROM ticket WHERE street_code = ? AND received_at >= ? ORDER BY received_at DESC LIMIT ?',
        )
          .pluck()
          .all(query.streetCode ?? '', query.receivedFrom ?? 0, query.limit);
  return { tickets: loadSyncTickets(db, ids) };
}
