import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centerRoutes } from '../../../src/server/app/build-center-app';
import { openTestCenter, type TestCenter } from './helpers/test-center';

type Operation = {
  operationId: string;
  security: unknown[];
  parameters: { name: string; in: string; required: boolean; schema: object; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: { $ref: string }; example: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

/** The routes Fastify really serves, from its route tree (HEAD is implied by GET). */
function servedRoutes(tree: string): string[] {
  const served: string[] = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const match = line.match(/^([│ ]*)[├└]── (\S+) \(([A-Z, ]+)\)$/);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = (parents[depth - 1] ?? '') + (match[2] ?? '');
    parents[depth] = path;
    for (const method of (match[3] ?? '').split(', ')) if (method !== 'HEAD') served.push(`${method} ${path}`);
  }
  return served.sort();
}

describe('the OpenAPI document', () => {
  let t: TestCenter;
  let document: Document;
  beforeAll(async () => {
    t = await openTestCenter();
    const response = await t.app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });
  afterAll(async () => t.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation })),
    );

  it('is OpenAPI 3.1 and documents exactly the routes the center serves', async () => {
    expect(document.openapi).toBe('3.1.0');
    await t.app.ready();
    const served = servedRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(served.length).toBeGreaterThan(10);
    expect(operations().map((entry) => entry.key).sort()).toEqual(served);
  });

  it('documents the problem answers of every operation, and bearer auth on every non-public one', () => {
    for (const { key, operation } of operations()) {
      const statuses = Object.keys(operation.responses);
      expect(statuses, key).toContain('500');
      expect(operation.responses['500']?.content?.['application/problem+json']?.schema?.$ref, key).toBe('#/components/schemas/Problem');
      if (operation.security.length > 0) expect(statuses, key).toEqual(expect.arrayContaining(['401', '403']));
      if (operation.requestBody) expect(statuses, key).toEqual(expect.arrayContaining(['400', '413', '415']));
    }
    const publicOperations = operations().filter(({ operation }) => operation.security.length === 0).map(({ key }) => key).sort();
    expect(publicOperations).toEqual(['GET /v1/health', 'GET /v1/openapi.json', 'POST /v1/auth/login', 'POST /v1/auth/refresh']);
  });

  it('has example requests that pass both the route’s zod schemas and the document’s JSON Schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'openapi.json', components: document.components });
    const specs = centerRoutes(t.center.services, '0.1.0');
    for (const spec of specs) {
      const path = spec.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[spec.method.toLowerCase()];
      expect(operation, spec.operationId).toBeDefined();
      if (spec.body) {
        expect(spec.body.schema.safeParse(spec.example.body).error, spec.operationId).toBeUndefined();
        const ref = operation?.requestBody?.content['application/json']?.schema.$ref ?? '';
        const validate = ajv.getSchema(`openapi.json${ref}`);
        expect(validate?.(spec.example.body), `${spec.operationId}: ${JSON.stringify(validate?.errors)}`).toBe(true);
        expect(operation?.requestBody?.content['application/json']?.example).toEqual(spec.example.body);
      }
      for (const [location, schema, example] of [
        ['query', spec.query, spec.example.query],
        ['path', spec.params, spec.example.params],
      ] as const) {
        if (!schema) continue;
        const parsed = schema.safeParse(example ?? {});
        expect(parsed.error, `${spec.operationId} ${location}`).toBeUndefined();
        for (const parameter of operation?.parameters.filter((candidate) => candidate.in === location) ?? []) {
          const value = (parsed.data as Record<string, unknown>)[parameter.name];
          // An optional parameter the example leaves out has nothing to check.
          if (value === undefined && !parameter.required) continue;
          expect(ajv.validate(parameter.schema, value), `${spec.operationId} ${parameter.name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
        }
      }
    }
  });

  it('names every push mutation and receipt outcome in the schemas', () => {
    const text = JSON.stringify(document.components.schemas);
    for (const name of ['ticket.create@1', 'ticket.setFields@1', 'ticket.addNote@1', 'ticket.request@1']) expect(text).toContain(name);
    for (const outcome of ['applied', 'rejected', 'conflict']) expect(JSON.stringify(document.components.schemas.PushResponse)).toContain(outcome);
  });
});
