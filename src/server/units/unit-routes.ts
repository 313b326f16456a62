import type { CenterServices } from '../app/center-services';
import { routeRoles } from '../auth/route-roles';
import { named } from '../http/named-schema';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';
import {
  unitReplyRequestSchema,
  unitRequestCoUnitsSchema,
  unitReturnRequestSchema,
  unitSignForRequestSchema,
  unitTicketListQuerySchema,
  unitTicketListResponseSchema,
  unitTicketParamsSchema,
  unitTicketResponseSchema,
} from './unit-api-schemas';

const ticketResponse = { 200: { description: 'The ticket after the action.', body: named('UnitTicket', unitTicketResponseSchema) } };
const exampleParams = { id: '0196f5a8-7d2e-7c41-9a3b-5f0e8d1c2b3a' };
const unitProblems = [404, 409] as const;

/**
 * The unit-side API: a handling unit's clerk lists its tickets and signs
 * for, replies to, returns, or calls in co-units on one. A co-unit uses the
 * same sign-for, reply and return: the center applies them to its own
 * record. Refusals by the state machine answer 409 with the rejection code.
 */
export function unitRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/v1/units/tickets',
      operationId: 'unitTickets',
      tag: 'units',
      summary: 'Tickets this unit leads or co-handles, most recently changed first',
      access: routeRoles.units,
      query: unitTicketListQuerySchema,
      responses: { 200: { description: 'The unit’s tickets.', body: named('UnitTicketList', unitTicketListResponseSchema) } },
      example: { query: { scope: 'open', limit: '50' } },
      handler: ({ principal, query }) => ({ tickets: services.units.list(principal, query.scope, query.limit) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/v1/units/tickets/:id/sign-for',
      operationId: 'unitSignFor',
      tag: 'units',
      summary: 'Sign for a ticket (签收)',
      access: routeRoles.units,
      params: unitTicketParamsSchema,
      body: named('UnitSignForRequest', unitSignForRequestSchema),
      problems: unitProblems,
      responses: ticketResponse,
      example: { params: exampleParams, body: { comment: '已安排网格员跟进' } },
      handler: ({ principal, params, body }) => ({
        ticket: services.units.act(principal, params.id, { step: 'sign_for' }, body.comment),
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/v1/units/tickets/:id/reply',
      operationId: 'unitReply',
      tag: 'units',
      summary: 'Reply with what was done (反馈)',
      access: routeRoles.units,
      params: unitTicketParamsSchema,
      body: named('UnitReplyRequest', unitReplyRequestSchema),
      problems: unitProblems,
      responses: ticketResponse,
      example: { params: exampleParams, body: { text: '已联系物业公司恢复供暖，诉求人确认室温已达标。' } },
      handler: ({ principal, params, body }) => ({ ticket: services.units.act(principal, params.id, { step: 'reply' }, body.text) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/v1/units/tickets/:id/request-co-units',
      operationId: 'unitRequestCoUnits',
      tag: 'units',
      summary: 'Call in co-handling units (吹哨报到); lead unit only',
      access: routeRoles.units,
      params: unitTicketParamsSchema,
      body: named('UnitRequestCoUnits', unitRequestCoUnitsSchema),
      problems: unitProblems,
      responses: ticketResponse,
      example: { params: exampleParams, body: { unitIds: ['gov-110108'], comment: '涉及多部门，请求协同处置' } },
      handler: ({ principal, params, body }) => ({
        ticket: services.units.act(principal, params.id, { coUnitIds: body.unitIds }, body.comment),
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/v1/units/tickets/:id/return',
      operationId: 'unitReturn',
      tag: 'units',
      summary: 'Return as not ours (退单), before replying',
      access: routeRoles.units,
      params: unitTicketParamsSchema,
      body: named('UnitReturnRequest', unitReturnRequestSchema),
      problems: unitProblems,
      responses: ticketResponse,
      example: { params: exampleParams, body: { reason: '该地址不在本街道辖区' } },
      handler: ({ principal, params, body }) => ({ ticket: services.units.act(principal, params.id, { step: 'return' }, body.reason) }),
    }),
  ];
}
