import { z } from 'zod';
import { catalogSchema } from '../../shared/catalog/catalog-schema';
import { describeCatalogProblem } from '../../shared/catalog/catalog-problem';
import { findReferenceProblems } from '../../shared/catalog/find-reference-problems';
import { centerApiPaths } from '../../shared/sync/center-api-paths';
import { problemTypes } from '../../shared/sync/problem-types';
import type { CenterServices } from '../app/center-services';
import { routeRoles } from '../auth/route-roles';
import { named } from '../http/named-schema';
import { ProblemError } from '../http/problem-error';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';
import { exampleCatalog } from './example-catalog';

const catalogBody = named('Catalog', catalogSchema);

/** A whole catalog with Beijing's districts, streets and units is a few hundred kB; this leaves room to grow. */
const catalogBodyLimit = 16 * 1024 * 1024;

export function catalogRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      url: centerApiPaths.catalog,
      operationId: 'getCatalog',
      tag: 'catalog',
      summary: 'The catalog in force',
      description:
        'Categories, places, units, routing rules and the SLA table, with its version. Answers with a strong ETag; ' +
        'send it back as If-None-Match to get 304 when the catalog has not changed.',
      access: routeRoles.anyone,
      headers: [{ name: 'if-none-match', description: 'The ETag of the catalog the seat holds.' }],
      responses: {
        200: { description: 'The catalog document.', body: catalogBody },
        304: { description: 'The catalog has not changed since the ETag sent.' },
      },
      example: {},
      handler: ({ request, reply }) => {
        const current = services.catalogs.current();
        reply.header('etag', current.etag).header('cache-control', 'no-cache');
        if (request.headers['if-none-match'] === current.etag) return reply.code(304).send();
        return reply.type('application/json').send(current.json);
      },
    }),
    defineRoute({
      method: 'PUT',
      url: centerApiPaths.catalog,
      operationId: 'publishCatalog',
      tag: 'catalog',
      summary: 'Publish a new catalog version (admin)',
      description:
        'All or nothing: the document must be well formed and every reference must resolve (the same checks the seat runs), ' +
        'and its version must be new. Seats pick it up on their next catalog fetch.',
      access: routeRoles.admins,
      body: catalogBody,
      bodyLimit: catalogBodyLimit,
      problems: [409, 422],
      responses: {
        201: {
          description: 'Published; now in force.',
          body: named('PublishedCatalog', z.object({ version: z.string(), etag: z.string(), publishedAt: z.number().int() })),
        },
      },
      example: { body: exampleCatalog },
      handler: ({ body, reply }) => {
        const problems = findReferenceProblems(body);
        if (problems.length > 0) {
          throw new ProblemError(422, problemTypes.invalidCatalog, 'Invalid catalog', `The catalog has ${problems.length} problem(s); nothing was published.`, {
            errors: problems.map((problem) => ({ path: `body.${problem.path}`, reason: describeCatalogProblem(problem) })),
          });
        }
        if (services.catalogs.has(body.version)) {
          throw new ProblemError(409, problemTypes.catalogVersionExists, 'Version exists', `Catalog version ${body.version} is already published.`);
        }
        const published = services.catalogs.publish(body, services.clock());
        reply.code(201);
        return { version: published.version, etag: published.etag, publishedAt: published.publishedAt };
      },
    }),
  ];
}
