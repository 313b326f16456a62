import { centerApiPaths } from '../../shared/sync/center-api-paths';
import { openTicketsRequestSchema, openTicketsResponseSchema, pullQuerySchema, pullResponseSchema } from '../../shared/sync/pull-schemas';
import { problemTypes } from '../../shared/sync/problem-types';
import { pushLimits, pushRequestSchema, pushResponseSchema } from '../../shared/sync/push-schemas';
import { syncPokeSchema } from '../../shared/sync/sync-poke-schema';
import type { CenterServices } from '../app/center-services';
import type { Principal } from '../auth/principal';
import { routeRoles } from '../auth/route-roles';
import { named } from '../http/named-schema';
import { ProblemError } from '../http/problem-error';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';
import { examplePush } from './example-push';
import { rejectUnknownMutations } from './unknown-mutations';

/** Pull and the event stream are per seat database, so the session must name one. */
function clientOf(principal: Principal): string {
  if (principal.clientId !== null) return principal.clientId;
  throw new ProblemError(403, problemTypes.forbidden, 'No client id', 'Sign in with the seat database’s client id to sync.');
}

export function syncRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      url: centerApiPaths.push,
      operationId: 'push',
      tag: 'sync',
      summary: 'Apply a seat’s queued mutations, in order, at most once each',
      description:
        'Each mutation is applied in its own transaction together with its receipt, keyed by (clientId, clientSeq), and the ' +
        'answer comes after the last commit. A sequence number already applied returns its stored receipt and applies ' +
        'nothing. A gap answers 409 `sequence-gap` with `expectedSeq`. A business-rule failure is a `rejected` receipt with ' +
        'a reason code, a stale risky field a `conflict` receipt; both advance the sequence. An unknown mutation name or ' +
        'version answers 400 `unknown-mutation` and applies nothing.',
      access: routeRoles.seats,
      body: named('PushRequest', pushRequestSchema),
      bodyLimit: pushLimits.maxBodyBytes,
      checkRawBody: rejectUnknownMutations,
      problems: [409],
      responses: { 200: { description: 'One receipt per mutation.', body: named('PushResponse', pushResponseSchema) } },
      example: { body: examplePush },
      handler: ({ principal, body }) => services.push.push(principal, body),
    }),
    defineRoute({
      method: 'GET',
      url: centerApiPaths.pull,
      operationId: 'pull',
      tag: 'sync',
      summary: 'Tickets of the seat’s scope changed after a cursor, in commit order',
      description:
        'The scope is the tickets this seat created, opened or changed, and every ticket received in the last days city-wide. ' +
        'Each ticket comes whole, in its latest state. Store the tickets and `cursor` together; ask again while `hasMore`.',
      access: routeRoles.seats,
      query: pullQuerySchema,
      responses: { 200: { description: 'A page of tickets.', body: named('PullResponse', pullResponseSchema) } },
      example: { query: { cursor: '0', limit: '200' } },
      handler: ({ principal, query }) => services.pull.pull(clientOf(principal), query),
    }),
    defineRoute({
      method: 'POST',
      url: centerApiPaths.open,
      operationId: 'openTickets',
      tag: 'sync',
      summary: 'Open tickets from outside the scope; they are pulled from now on',
      access: routeRoles.seats,
      body: named('OpenTicketsRequest', openTicketsRequestSchema),
      responses: { 200: { description: 'The tickets found.', body: named('OpenTicketsResponse', openTicketsResponseSchema) } },
      example: { body: { ticketIds: ['0196f5a8-7d2e-7c41-9a3b-5f0e8d1c2b3a'] } },
      handler: ({ principal, body }) => services.pull.open(clientOf(principal), body.ticketIds),
    }),
    defineRoute({
      method: 'GET',
      url: centerApiPaths.events,
      operationId: 'syncEvents',
      tag: 'sync',
      summary: 'Server-sent events: a poke when tickets were committed',
      description:
        'A `text/event-stream`. `event: changed` carries `{"cursor": n}` (schema SyncPoke): pull if your cursor is lower. ' +
        'Sent once on connect and after commits (coalesced); comment heartbeats keep the stream alive. The stream ends when ' +
        'the access token expires; reconnect with a fresh one. One stream per seat database; 503 when the center is full.',
      access: routeRoles.seats,
      problems: [503],
      responses: { 200: { description: 'The event stream.', contentType: 'text/event-stream', body: named('SyncPoke', syncPokeSchema) } },
      example: {},
      handler: ({ principal, reply }) => {
        clientOf(principal);
        services.pokes.open(reply, principal, services.writer.cursor());
        return reply;
      },
    }),
  ];
}
