import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../src/shared/catalog/catalog-schema';
import { problemTypes } from '../../../src/shared/sync/problem-types';
import { exampleCatalog } from '../../../src/server/catalog/example-catalog';
import { openTestCenter, type TestCenter } from './helpers/test-center';

describe('catalog and knowledge base', () => {
  let t: TestCenter;
  let auth: { authorization: string };
  beforeEach(async () => {
    t = await openTestCenter();
    auth = { authorization: `Bearer ${(await t.login('operator')).accessToken}` };
  });
  afterEach(async () => t.close());

  it('serves the demo catalog with an ETag and answers 304 when it has not changed', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: auth });
    expect(response.statusCode).toBe(200);
    const catalog = catalogSchema.parse(response.json());
    expect(catalog.version).toBe('2026.11-demo.1');
    const etag = response.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: { ...auth, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('publishes a new catalog version from an admin, refuses a repeated version and an inconsistent document', async () => {
    const admin = { authorization: `Bearer ${(await t.login('admin')).accessToken}` };
    const before = (await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: auth })).headers.etag;
    const published = await t.app.inject({ method: 'PUT', url: '/v1/catalog', headers: admin, payload: exampleCatalog });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ version: exampleCatalog.version });
    const now = await t.app.inject({ method: 'GET', url: '/v1/catalog', headers: { ...auth, 'if-none-match': before as string } });
    expect(now.statusCode).toBe(200);
    expect(now.json().version).toBe(exampleCatalog.version);

    const repeated = await t.app.inject({ method: 'PUT', url: '/v1/catalog', headers: admin, payload: exampleCatalog });
    expect(repeated.statusCode).toBe(409);
    expect(repeated.json().type).toBe(problemTypes.catalogVersionExists);

    const broken = { ...exampleCatalog, version: '2026.12-example.2', routingRules: [{ ...exampleCatalog.routingRules[0], unitId: 'nowhere' }] };
    const refused = await t.app.inject({ method: 'PUT', url: '/v1/catalog', headers: admin, payload: broken });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ type: problemTypes.invalidCatalog, errors: [{ path: expect.stringMatching(/^body\.routingRules\[0\]/) }] });
  });

  it('pages the knowledge base by publication cursor, documents as Markdown with front matter', async () => {
    const seen: string[] = [];
    let since = 0;
    for (;;) {
      const response = await t.app.inject({ method: 'GET', url: `/v1/kb/changes?since=${since}&limit=40`, headers: auth });
      expect(response.statusCode).toBe(200);
      const page = response.json();
      seen.push(...page.documents.map((document: { id: string }) => document.id));
      expect(page.cursor).toBeGreaterThan(since);
      since = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toHaveLength(110);
    expect(new Set(seen).size).toBe(110);
    const first = (await t.app.inject({ method: 'GET', url: '/v1/kb/changes?limit=1', headers: auth })).json().documents[0];
    expect(first.version).toBe(1);
    expect(first.markdown).toMatch(new RegExp(`^---\\nid: ${first.id}\\n`));
  });

  it('publishes a changed document again with the next version; unchanged ones are not republished', async () => {
    const cursor = (await t.app.inject({ method: 'GET', url: '/v1/kb/changes?limit=500', headers: auth })).json().cursor;
    const report = t.center.services.kb.publish(
      [
        { id: 'kb-dibao-application', markdown: '---\nid: kb-dibao-application\ntitle: 改\n---\n正文' },
        { id: 'kb-bike-shared', markdown: (t.center.services.db.prepare("SELECT markdown FROM kb_document WHERE id = 'kb-bike-shared'").get() as { markdown: string }).markdown },
      ],
      t.now(),
    );
    expect(report).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const changes = (await t.app.inject({ method: 'GET', url: `/v1/kb/changes?since=${cursor}`, headers: auth })).json();
    expect(changes.documents).toEqual([{ id: 'kb-dibao-application', version: 2, markdown: expect.stringContaining('正文') }]);
  });
});
