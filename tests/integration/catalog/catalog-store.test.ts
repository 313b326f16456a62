import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { openCatalogKeeper } from '../../../src/core/catalog/catalog-keeper';
import { createLastGoodCatalogStore } from '../../../src/core/catalog/last-good-catalog-store';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { createSeatCore, type SeatCore } from '../../../src/core/seat/seat-core';
import type { Catalog } from '../../../src/shared/catalog/catalog-schema';
import { ContractError } from '../../../src/shared/contract/contract-error';
import { createSeatClient, type SeatClient } from '../../../src/shared/contract/seat-client';
import { useTempDir } from '../../helpers/temp-dir';
import { tinyCatalog } from '../../unit/catalog/tiny-catalog';

const tempDir = useTempDir('seat-catalog-store-');
let warn: MockInstance<typeof console.warn>;
const opened: SeatCore[] = [];

beforeEach(() => {
  // The keeper logs every apply and rejection; the tests read those lines instead of printing them.
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  warn.mockRestore();
});

function catalogVersion(version: string, month: number): Catalog {
  return { ...tinyCatalog(), version, publishedAt: Date.UTC(2026, month, 1) };
}

/** A newer catalog with one broken leaf: an urgency the seat does not know. */
function brokenCatalog(): unknown {
  const broken = catalogVersion('2026.12-test.broken', 11) as unknown as { categories: Record<string, unknown>[] };
  broken.categories[2]!.defaultUrgency = 'whenever';
  return broken;
}

/** A seat's data and resources folders, and a way to (re)start its core with whatever catalog file is shipped. */
function seatFolder() {
  const dir = tempDir();
  const resourcesDir = join(dir, 'resources');
  mkdirSync(join(resourcesDir, 'catalog'), { recursive: true });
  return {
    dir,
    ship(document: unknown) {
      writeFileSync(join(resourcesDir, 'catalog', 'catalog.json'), JSON.stringify(document));
    },
    start(): { core: SeatCore; client: SeatClient; changes: string[] } {
      const core = createSeatCore({
        databasePath: join(dir, 'seat.sqlite'),
        appVersion: '0.0.0-test',
        resourcesDir,
        dispatcher: { validateOutput: true },
      });
      opened.push(core);
      const changes: string[] = [];
      core.subscribe('catalog.changed', (payload) => changes.push((payload as { version: string }).version));
      return { core, client: createSeatClient(core), changes };
    },
    restart() {
      opened.pop()?.close();
      return this.start();
    },
  };
}

async function contractErrorOf(promise: Promise<unknown>): Promise<ContractError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ContractError)) throw new Error(`expected a ContractError, got ${String(error)}`);
  return error;
}

describe('the catalog store', () => {
  it('applies the shipped file on first start, then serves the stored one across restarts', async () => {
    const seat = seatFolder();
    seat.ship(catalogVersion('2026.11-test.1', 10));
    const first = seat.start();
    const view = await first.client.call('catalog.get', {});
    expect(view).toMatchObject({ source: 'file', problems: [], catalog: { version: '2026.11-test.1' } });
    expect(first.changes).toEqual(['2026.11-test.1']);

    const second = seat.restart();
    expect(await second.client.call('catalog.get', {})).toMatchObject({ source: 'database', problems: [] });
    expect(second.changes).toEqual([]);
  });

  it('rejects a broken file whole, names the entry and keeps serving and routing with the last good catalog', async () => {
    const seat = seatFolder();
    seat.ship(catalogVersion('2026.11-test.1', 10));
    await seat.start().client.call('catalog.get', {});

    seat.ship(brokenCatalog());
    const { client, changes } = seat.restart();
    const view = await client.call('catalog.get', {});
    expect(view.catalog.version).toBe('2026.11-test.1');
    expect(view.source).toBe('database');
    expect(view.problems).toEqual([
      { path: 'categories[2].defaultUrgency', id: 'heating.home.too-cold', reason: expect.stringMatching(/normal/) },
    ]);
    expect(changes).toEqual([]);
    expect(warn.mock.calls.flat().join('\n')).toMatch(/rejected the catalog from .*catalog\.json, catalog 2026\.11-test\.1 stays in force:\ncategories\[2\] \(heating\.home\.too-cold\)/);

    const route = await client.call('intake.route', { categoryId: 'heating.home.too-cold', placeCode: '110108011' });
    expect(route.lead?.unitId).toBe('street-110108011');
  });

  it('applies a newer valid file over the stored catalog and announces it, but never an older one', async () => {
    const seat = seatFolder();
    seat.ship(catalogVersion('2026.11-test.1', 10));
    await seat.start().client.call('catalog.get', {});

    seat.ship(catalogVersion('2026.12-test.2', 11));
    const newer = seat.restart();
    expect(await newer.client.call('catalog.get', {})).toMatchObject({ source: 'file', catalog: { version: '2026.12-test.2' } });
    expect(newer.changes).toEqual(['2026.12-test.2']);

    seat.ship(catalogVersion('2026.11-test.1', 10));
    const older = seat.restart();
    expect(await older.client.call('catalog.get', {})).toMatchObject({ source: 'database', problems: [], catalog: { version: '2026.12-test.2' } });
    expect(older.changes).toEqual([]);
  });

  it('answers catalog.get and intake.route with the rejected entries when the very first file is broken', async () => {
    const seat = seatFolder();
    seat.ship(brokenCatalog());
    const { client } = seat.start();
    const error = await contractErrorOf(client.call('catalog.get', {}));
    expect(error.code).toBe('handler_failed');
    expect(error.message).toMatch(/no usable catalog/);
    expect(error.issues).toEqual([{ path: 'categories[2].defaultUrgency', reason: expect.stringMatching(/^categories\[2\] \(heating\.home\.too-cold\)/) }]);
    const routeError = await contractErrorOf(client.call('intake.route', { categoryId: 'heating.home.too-cold', placeCode: '110108011' }));
    expect(routeError.code).toBe('handler_failed');
  });

  it('keeps a catalog from the center over restarts and rejects a broken one from the center the same way', async () => {
    const seat = seatFolder();
    seat.ship(catalogVersion('2026.11-test.1', 10));
    const db = openSeatDatabase(join(seat.dir, 'seat.sqlite'));
    try {
      const changes: string[] = [];
      const keeper = openCatalogKeeper({
        store: createLastGoodCatalogStore(db),
        shippedFile: join(seat.dir, 'resources', 'catalog', 'catalog.json'),
        onChange: (version) => changes.push(version),
        log: () => undefined,
      });
      await keeper.ready;
      expect(keeper.offer(catalogVersion('2027.01-center.1', 12), 'center').status).toBe('applied');
      expect(keeper.offer(brokenCatalog(), 'center')).toMatchObject({ status: 'kept_last_good', problems: [{ id: 'heating.home.too-cold' }] });
      expect(keeper.view()).toMatchObject({ source: 'center', catalog: { version: '2027.01-center.1' }, problems: [{ id: 'heating.home.too-cold' }] });
      expect(changes).toEqual(['2026.11-test.1', '2027.01-center.1']);
      const stored = db.prepare('SELECT version, source, is_current FROM catalog_version ORDER BY published_at').all();
      expect(stored).toEqual([
        { version: '2026.11-test.1', source: 'file', is_current: 0 },
        { version: '2027.01-center.1', source: 'center', is_current: 1 },
      ]);
    } finally {
      db.close();
    }
    const { client } = seat.start();
    expect(await client.call('catalog.get', {})).toMatchObject({ source: 'database', catalog: { version: '2027.01-center.1' } });
  });

  it('ignores a stored catalog that no longer passes the checks and says so', async () => {
    const seat = seatFolder();
    seat.ship(catalogVersion('2026.11-test.1', 10));
    await seat.start().client.call('catalog.get', {});
    opened.pop()?.close();
    const db = openSeatDatabase(join(seat.dir, 'seat.sqlite'));
    db.prepare("UPDATE catalog_version SET body = json_set(body, '$.categories[2].defaultUrgency', 'whenever')").run();
    db.close();

    seat.ship(brokenCatalog());
    const error = await contractErrorOf(seat.start().client.call('catalog.get', {}));
    expect(error.issues[0]?.path).toBe('categories[2].defaultUrgency');
    expect(warn.mock.calls.flat().join('\n')).toMatch(/the stored catalog no longer passes/);
  });

  it('routes through the contract and names an unknown field', async () => {
    const seat = seatFolder();
    seat.ship(catalogVersion('2026.11-test.1', 10));
    const { client } = seat.start();
    const error = await contractErrorOf(client.call('intake.route', { categoryId: 'heating.nope', placeCode: '110108011' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: 'categoryId', reason: 'no category "heating.nope" in the catalog' }]);
    expect(error.message).toMatch(/^intake\.route: categoryId: no category "heating\.nope" in the catalog \(catalog 2026\.11-test\.1\)$/);
  });
});
