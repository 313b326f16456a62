import type { z } from 'zod';
import { centerApiVersion } from '../../shared/sync/center-api-paths';
import { problemDocumentSchema, problemMediaType } from '../../shared/sync/problem-document-schema';
import { named } from '../http/named-schema';
import type { AnyRouteSpec } from '../http/route-spec';
import { parameterSchema, SchemaComponents } from './schema-components';

const problemTitles: Record<number, string> = {
  400: 'Malformed JSON, an unknown mutation, or a field of the wrong type (`errors` names each field).',
  401: 'Missing, malformed or expired access token.',
  403: 'Signed in, but this role (or client) may not call this.',
  404: 'Not found.',
  409: 'Conflict with the center’s state (see the problem `type`).',
  413: 'The body is larger than this endpoint accepts.',
  415: 'The body is not application/json.',
  422: 'Well formed but not acceptable (see `errors`).',
  500: 'The center failed; nothing is promised about the request.',
  503: 'The center is at capacity; retry later.',
};

/**
 * The OpenAPI 3.1 document, generated from the same route declarations and
 * zod schemas that the router validates with: a route cannot exist without
 * being documented, nor validate differently from what the document says.
 */
export function buildOpenApiDocument(routes: readonly AnyRouteSpec[], serverVersion: string): Record<string, unknown> {
  const components = new SchemaComponents();
  const problemRef = components.ref(named('Problem', problemDocumentSchema), 'output');
  const paths: Record<string, Record<string, unknown>> = {};

  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const signedIn = route.access !== 'public';
    const hasInput = Boolean(route.body || route.query || route.params);
    const problemStatuses = new Set<number>([500, ...(route.problems ?? [])]);
    if (hasInput) problemStatuses.add(400);
    if (route.body) for (const status of [413, 415]) problemStatuses.add(status);
    if (signedIn) for (const status of [401, 403]) problemStatuses.add(status);

    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      const body = response.body ? components.ref(response.body, 'output') : undefined;
      responses[status] = {
        description: response.description,
        ...(body === undefined
          ? {}
          : response.contentType
            ? { content: { [response.contentType]: { schema: { type: 'string' }, 'x-event-data': body } } }
            : { content: { 'application/json': { schema: body } } }),
      };
    }
    for (const status of [...problemStatuses].sort()) {
      responses[String(status)] = { description: problemTitles[status] ?? 'A problem.', content: { [problemMediaType]: { schema: problemRef } } };
    }

    const roles = signedIn ? `\n\nRoles: ${(route.access as readonly string[]).join(', ')}.` : '';
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      tags: [route.tag],
      summary: route.summary,
      ...(route.description || roles ? { description: `${route.description ?? ''}${roles}`.trim() } : {}),
      ...(signedIn ? { security: [{ bearerAuth: [] }], 'x-roles': route.access } : { security: [] }),
      parameters: [
        ...objectParameters(route.params, 'path', route.example.params),
        ...objectParameters(route.query, 'query', route.example.query),
        ...(route.headers ?? []).map((header) => ({ name: header.name, in: 'header', required: false, description: header.description, schema: { type: 'string' } })),
      ],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: components.ref(route.body, 'input'), example: route.example.body } } } }
        : {}),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Seat central dispatch API',
      version: serverVersion,
      description:
        'The reference center for Seat, the 12345 citizen-hotline workstation: sign-in, catalog, knowledge base, ' +
        'server-authoritative sync (push/pull/events) and the unit-side API. Errors are RFC 9457 problem documents.',
      'x-api-version': centerApiVersion,
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components.render(),
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The access token from /v1/auth/login.' } },
    },
  };
}

function objectParameters(schema: z.ZodType | undefined, location: 'path' | 'query', example: Record<string, string> | undefined): unknown[] {
  if (!schema) return [];
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) throw new Error(`${location} parameters must be declared as a zod object`);
  return Object.entries(shape).map(([name, field]) => {
    // Examples are written as the text a URL carries; the document shows them as the typed value they become.
    const parsed = example?.[name] === undefined ? undefined : field.safeParse(example[name]);
    return {
      name,
      in: location,
      required: location === 'path' || !field.safeParse(undefined).success,
      schema: parameterSchema(field),
      ...(parsed?.success ? { example: parsed.data } : {}),
    };
  });
}
