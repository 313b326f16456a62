import { centerApiPaths } from '../../shared/sync/center-api-paths';
import { kbChangesQuerySchema, kbChangesResponseSchema } from '../../shared/sync/kb-changes-schemas';
import type { CenterServices } from '../app/center-services';
import { routeRoles } from '../auth/route-roles';
import { named } from '../http/named-schema';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';

export function kbRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      url: centerApiPaths.kbChanges,
      operationId: 'kbChanges',
      tag: 'knowledge base',
      summary: 'Knowledge-base documents published since a cursor',
      description:
        'Pages of documents as published Markdown with YAML front matter, in publication order. Ask again with `cursor` ' +
        'while `hasMore`; a document published again appears again with a higher version.',
      access: routeRoles.staff,
      query: kbChangesQuerySchema,
      responses: { 200: { description: 'A page of documents.', body: named('KbChanges', kbChangesResponseSchema) } },
      example: { query: { since: '0', limit: '50' } },
      handler: ({ query }) => services.kb.changes(query.since, query.limit),
    }),
  ];
}
