import { ticketLookupRoutes } from '../tickets/ticket-lookup-routes';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { authRoutes } from '../auth/auth-routes';
import { catalogRoutes } from '../catalog/catalog-routes';
import { registerRoutes } from '../http/register-routes';
import type { AnyRouteSpec } from '../http/route-spec';
import { kbRoutes } from '../kb/kb-routes';
import { buildOpenApiDocument } from '../openapi/build-openapi-document';
import { syncRoutes } from '../sync/sync-routes';
import { unitRoutes } from '../units/unit-routes';
import type { CenterServices } from './center-services';
import { healthRoutes } from './health-routes';
import { openApiRoute } from './openapi-route';

export interface CenterAppOptions {
  logger: FastifyServerOptions['logger'];
  validateResponses: boolean;
  serverVersion: string;
}

/** The default body limit: every body but a push or a catalog is a few kB. */
const defaultBodyLimit = 64 * 1024;

/** Every route of the center, in the order the document lists them. */
export function centerRoutes(services: CenterServices, serverVersion: string): AnyRouteSpec[] {
  const routes = [
    ...healthRoutes(services),
    ...authRoutes(services),
    ...catalogRoutes(services),
    ...kbRoutes(services),
    ...syncRoutes(services),
    ...ticketLookupRoutes(services),
    ...unitRoutes(services),
  ];
  let document: Record<string, unknown> | null = null;
  const all: AnyRouteSpec[] = [...routes, openApiRoute(() => (document ??= buildOpenApiDocument(all, serverVersion)))];
  return all;
}

export function buildCenterApp(services: CenterServices, options: CenterAppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger, bodyLimit: defaultBodyLimit });
  registerRoutes(app, centerRoutes(services, options.serverVersion), {
    authenticate: (request, roles) => services.auth.authenticate(request, roles),
    validateResponses: options.validateResponses,
  });
  // Event streams never end on their own; close them first so app.close() does not wait on them.
  app.addHook('preClose', async () => services.pokes.closeAll());
  return app;
}
