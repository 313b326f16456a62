import { z } from 'zod';
import { centerApiPaths } from '../../shared/sync/center-api-paths';
import { named } from '../http/named-schema';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';

/** Serves the generated document; it is built once, after every route (this one included) is declared. */
export function openApiRoute(document: () => Record<string, unknown>): AnyRouteSpec {
  return defineRoute({
    method: 'GET',
    url: centerApiPaths.openapi,
    operationId: 'openapi',
    tag: 'meta',
    summary: 'This OpenAPI 3.1 document',
    access: 'public',
    responses: { 200: { description: 'The document.', body: named('OpenApiDocument', z.record(z.string(), z.unknown())) } },
    example: {},
    handler: () => document(),
  });
}
