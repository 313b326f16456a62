import { centerApiPaths, centerApiVersion } from '../../shared/sync/center-api-paths';
import { centerHealthSchema } from '../../shared/sync/center-health-schema';
import { named } from '../http/named-schema';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';
import type { CenterServices } from './center-services';

export function healthRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      url: centerApiPaths.health,
      operationId: 'health',
      tag: 'meta',
      summary: 'Is the center up, which center and API version, how far is its change counter',
      access: 'public',
      responses: { 200: { description: 'The center is up.', body: named('CenterHealth', centerHealthSchema) } },
      example: {},
      handler: () => ({
        status: 'ok' as const,
        apiVersion: centerApiVersion,
        centerId: services.centerId,
        cursor: services.writer.cursor(),
        serverTime: services.clock(),
      }),
    }),
  ];
}
