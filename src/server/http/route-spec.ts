import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AccountRole } from '../../shared/sync/auth-schemas';
import type { Principal } from '../auth/principal';
import type { NamedSchema } from './named-schema';

/** Who may call a route: anyone, or signed-in accounts with one of these roles. */
export type RouteAccess = 'public' | readonly AccountRole[];

export interface RouteResponse {
  description: string;
  /** The JSON body; absent for responses without one (304) or that are not JSON (`contentType`). */
  body?: NamedSchema;
  /** For non-JSON success bodies, such as the event stream. */
  contentType?: string;
}

export interface RouteContext<A extends RouteAccess, B, Q, P> {
  request: FastifyRequest;
  reply: FastifyReply;
  principal: A extends 'public' ? null : Principal;
  body: B;
  query: Q;
  params: P;
}

type Empty = z.ZodObject<Record<string, never>>;

/**
 * One HTTP route, declared once: the router registers it, validates its
 * input with these schemas, enforces its roles, and the OpenAPI document is
 * generated from the same declaration. `example` is a valid request, which
 * a test checks against both the zod schemas and the generated document.
 */
export interface RouteSpec<
  A extends RouteAccess = RouteAccess,
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodType = Empty,
  P extends z.ZodType = Empty,
> {
  method: 'GET' | 'POST' | 'PUT';
  /** Fastify syntax: `/v1/units/tickets/:id/sign-for`. */
  url: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: A;
  body?: NamedSchema<B>;
  query?: Q;
  params?: P;
  /** Request headers the route reads, for the document (If-None-Match, Last-Event-ID). */
  headers?: readonly { name: string; description: string }[];
  /** Bytes; the app-wide default applies when absent. */
  bodyLimit?: number;
  /** Looks at the raw body before schema validation, for problems that deserve a more specific answer. */
  checkRawBody?: (body: unknown) => void;
  responses: Record<number, RouteResponse>;
  /** Problem statuses this route answers beyond the ones every route of its kind may (400, 401, 403, 413, 415, 500). */
  problems?: readonly number[];
  example: { body?: z.input<B>; query?: Record<string, string>; params?: Record<string, string> };
  handler(context: RouteContext<A, z.output<B>, z.output<Q>, z.output<P>>): unknown;
}

/** A spec with its type parameters erased, for the router and the document builder. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erasing the handler's parameter types is the point
export type AnyRouteSpec = RouteSpec<RouteAccess, any, any, any>;

/** Declares a route with its types inferred from the schemas. */
export function defineRoute<A extends RouteAccess, B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = Empty, P extends z.ZodType = Empty>(
  spec: RouteSpec<A, B, Q, P>,
): AnyRouteSpec {
  return spec as AnyRouteSpec;
}
