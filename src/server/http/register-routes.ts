import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemMediaType } from '../../shared/sync/problem-document-schema';
import { problemTypes } from '../../shared/sync/problem-types';
import type { Principal } from '../auth/principal';
import { parseInput } from './parse-input';
import { ProblemError } from './problem-error';
import { problemForError } from './problem-for-error';
import type { AnyRouteSpec, RouteAccess } from './route-spec';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the route's onRequest hook; null on public routes. */
    principal: Principal | null;
  }
}

export interface RouterOptions {
  /** Resolves the caller or throws a 401/403 ProblemError; called before the body is even read. */
  authenticate(request: FastifyRequest, access: Exclude<RouteAccess, 'public'>): Principal;
  /**
   * Check every success body against its documented schema and fail with a
   * 500 on drift. On in tests, so the OpenAPI document is proven against
   * what the handlers really send; off in production, where it costs time.
   */
  validateResponses: boolean;
}

/**
 * Registers the routes, the problem-document error handler and the 404
 * handler. Authentication runs in onRequest, before Fastify parses the
 * body, so an anonymous caller learns nothing from validation errors and
 * cannot make the center parse a large body.
 */
export function registerRoutes(app: FastifyInstance, routes: readonly AnyRouteSpec[], options: RouterOptions): void {
  app.decorateRequest('principal', null);

  app.setErrorHandler((error, request, reply) => {
    const problem = problemForError(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (problem.extensions.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.extensions.retryAfterSeconds));
    return reply.code(problem.status).type(problemMediaType).send(problem.toDocument(pathOf(request)));
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = new ProblemError(404, problemTypes.notFound, 'Not found', `No route ${request.method} ${pathOf(request)}.`);
    return reply.code(404).type(problemMediaType).send(problem.toDocument(pathOf(request)));
  });

  for (const spec of routes) {
    const access = spec.access;
    app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.bodyLimit === undefined ? {} : { bodyLimit: spec.bodyLimit }),
      ...(access === 'public'
        ? {}
        : {
            onRequest: async (request: FastifyRequest) => {
              request.principal = options.authenticate(request, access);
            },
          }),
      handler: async (request, reply) => {
        const params = spec.params ? parseInput(spec.params, request.params, 'params') : {};
        const query = spec.query ? parseInput(spec.query, request.query ?? {}, 'query') : {};
        spec.checkRawBody?.(request.body);
        const body = spec.body ? parseInput(spec.body.schema, request.body, 'body') : undefined;
        const result = await spec.handler({ request, reply, principal: request.principal, body, query, params });
        if (options.validateResponses && result !== reply && result !== undefined) checkResponse(spec, reply.statusCode, result);
        return result;
      },
    });
  }
}

function checkResponse(spec: AnyRouteSpec, status: number, result: unknown): void {
  const documented = spec.responses[status];
  if (!documented) throw new Error(`${spec.operationId} answered ${status}, which its spec does not document`);
  if (!documented.body) return;
  const value = typeof result === 'string' ? JSON.parse(result) : result;
  const parsed = documented.body.schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${spec.operationId} answered a ${status} body that does not match ${documented.body.name}: ${parsed.error.message}`);
  }
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}
