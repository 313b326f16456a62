import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseCatalog } from '../../../src/core/catalog/choose-catalog';
import { loadCatalog } from '../../../src/core/catalog/load-catalog';
import { describeCatalogProblem } from '../../../src/shared/catalog/catalog-problem';
import { useTempDir } from '../../helpers/temp-dir';
import { tinyCatalog } from './tiny-catalog';

const tempDir = useTempDir('seat-catalog-');

function writeCatalogFile(document: unknown): string {
  const file = join(tempDir(), 'catalog.json');
  writeFileSync(file, typeof document === 'string' ? document : JSON.stringify(document));
  return file;
}

/** The last good catalog plus one broken leaf: an urgency the seat does not know. */
function catalogWithBrokenLeaf() {
  const broken = tinyCatalog() as unknown as { version: string; categories: Record<string, unknown>[] };
  broken.version = '2026.11-test.2';
  const leaf = broken.categories[2];
  if (!leaf) throw new Error('fixture changed');
  leaf.defaultUrgency = 'whenever';
  return broken;
}

describe('loading a catalog keeps the last good one', () => {
  it('applies a valid catalog', async () => {
    const choice = await loadCatalog(writeCatalogFile(tinyCatalog()), null);
    expect(choice.status).toBe('applied');
    expect(choice.catalog?.version).toBe('2026.11-test.1');
  });

  it('rejects the whole file for one broken entry, names that entry and keeps the last good catalog', async () => {
    const lastGood = tinyCatalog();
    const choice = await loadCatalog(writeCatalogFile(catalogWithBrokenLeaf()), lastGood);

    expect(choice.status).toBe('kept_last_good');
    expect(choice.catalog).toBe(lastGood);
    expect(choice.problems).toHaveLength(1);
    expect(choice.problems[0]).toMatchObject({
      path: 'categories[2].defaultUrgency',
      section: 'categories',
      index: 2,
      id: 'heating.home.too-cold',
    });
    expect(describeCatalogProblem(choice.problems[0]!)).toMatch(
      /^categories\[2\] \(heating\.home\.too-cold\): defaultUrgency: .*normal.*urgent.*emergency/,
    );
  });

  it('names the entry by its code for places and rejects it the same way', () => {
    const broken = tinyCatalog() as unknown as { places: Record<string, unknown>[] };
    broken.places[1] = { ...broken.places[1], code: '11010801' };
    const choice = chooseCatalog(broken, tinyCatalog());
    expect(choice.status).toBe('kept_last_good');
    expect(choice.problems.map((problem) => [problem.path, problem.id])).toEqual([['places[1].code', '11010801']]);
  });

  it('has no catalog at all when the first catalog ever offered is broken', async () => {
    const choice = await loadCatalog(writeCatalogFile(catalogWithBrokenLeaf()), null);
    expect(choice.status).toBe('no_catalog');
    expect(choice.catalog).toBeNull();
    expect(choice.problems[0]?.id).toBe('heating.home.too-cold');
  });

  it('treats a missing file, a file that is not JSON and a document of another format as rejections, not crashes', async () => {
    const lastGood = tinyCatalog();
    const missing = await loadCatalog(join(tempDir(), 'nope.json'), lastGood);
    expect(missing).toMatchObject({ status: 'kept_last_good', catalog: lastGood });
    expect(missing.problems[0]?.reason).toMatch(/ENOENT/);

    const garbage = await loadCatalog(writeCatalogFile('{"format": 1, "version": '), lastGood);
    expect(garbage.status).toBe('kept_last_good');
    expect(garbage.problems[0]?.reason).toMatch(/not valid JSON/);

    const future = chooseCatalog({ ...tinyCatalog(), format: 2 }, lastGood);
    expect(future.status).toBe('kept_last_good');
    expect(future.problems[0]).toMatchObject({ path: 'format', section: null, id: null });
  });

  it('ignores fields it does not know, so the center can add one without older seats rejecting the catalog', () => {
    const newer = { ...tinyCatalog(), hotWords: ['供暖'] };
    newer.categories[0] = { ...newer.categories[0]!, ...{ color: 'red' } };
    expect(chooseCatalog(newer, null).status).toBe('applied');
  });

  it('keeps the catalog in force when the candidate was published no later, so an old file never undoes a newer catalog', () => {
    const inForce = { ...tinyCatalog(), version: '2026.12-center.1', publishedAt: Date.UTC(2026, 11, 1) };
    const older = chooseCatalog(tinyCatalog(), inForce);
    expect(older).toMatchObject({ status: 'not_newer', catalog: inForce, problems: [], candidateVersion: '2026.11-test.1' });
    expect(chooseCatalog({ ...tinyCatalog(), publishedAt: inForce.publishedAt }, inForce).status).toBe('not_newer');
    expect(chooseCatalog({ ...tinyCatalog(), publishedAt: inForce.publishedAt + 1 }, inForce).status).toBe('applied');
  });
});
