import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDemoCatalog } from '../../../scripts/catalog/build-demo-catalog';
import { formatCatalogJson } from '../../../scripts/catalog/format-catalog-json';
import { demoCatalogFile } from '../../../src/core/catalog/demo-catalog-file';
import { loadCatalog } from '../../../src/core/catalog/load-catalog';
import { indexCatalog, isLeafCategory } from '../../../src/shared/catalog/catalog-index';
import { summarizeCatalogProblems } from '../../../src/shared/catalog/catalog-problem';
import type { Catalog } from '../../../src/shared/catalog/catalog-schema';
import { fillReasonTemplate } from '../../../src/shared/catalog/reason-template';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const shippedFile = demoCatalogFile(resourcesDir);

async function shippedCatalog(): Promise<Catalog> {
  const choice = await loadCatalog(shippedFile, null);
  if (choice.status !== 'applied') throw new Error(`shipped catalog rejected:\n${summarizeCatalogProblems(choice.problems, 20)}`);
  return choice.catalog;
}

describe('the shipped demo catalog', () => {
  it('validates completely and is applied', async () => {
    const choice = await loadCatalog(shippedFile, null);
    expect(choice.problems).toEqual([]);
    expect(choice.status).toBe('applied');
    expect(choice.catalog?.version).toMatch(/demo/);
  });

  it('is what the sources build (rebuild with scripts/catalog/build-demo-catalog.ts)', async () => {
    const built = formatCatalogJson(await buildDemoCatalog());
    expect(readFileSync(shippedFile, 'utf8') === built).toBe(true);
  });

  it('has Beijing’s 16 districts and all their streets and townships with official codes', async () => {
    const catalog = await shippedCatalog();
    const districts = catalog.places.filter((place) => place.level === 'district');
    const streets = catalog.places.filter((place) => place.level === 'street');
    expect(districts).toHaveLength(16);
    expect(districts.map((district) => district.name)).toContain('海淀区');
    expect(streets.length).toBeGreaterThan(300);
    expect(streets.find((street) => street.code === '110108011')?.name).toBe('中关村街道');
    for (const district of districts) expect(streets.some((street) => street.parentCode === district.code)).toBe(true);
  });

  it('carries only a sample of communities, each marked as demo data', async () => {
    const catalog = await shippedCatalog();
    const communities = catalog.places.filter((place) => place.level === 'community');
    expect(communities.length).toBeGreaterThan(349);
    expect(communities.every((community) => community.demo)).toBe(true);
    expect(communities.every((community) => /(社区|村)$/.test(community.name))).toBe(true);
  });

  it('has at least 150 leaf categories, each with keywords, a default urgency and an SLA class', async () => {
    const catalog = await shippedCatalog();
    const index = indexCatalog(catalog);
    const leaves = catalog.categories.filter((category) => isLeafCategory(index, category.id));
    expect(leaves.length).toBeGreaterThanOrEqual(150);
    for (const leaf of leaves) {
      expect(leaf.level).toBe(3);
      expect(leaf.keywords.length, leaf.id).toBeGreaterThan(0);
      expect(leaf.defaultUrgency, leaf.id).toBeDefined();
      expect(leaf.slaClass, leaf.id).toBeDefined();
    }
  });

  it('gives outages urgent and danger to life emergency by default', async () => {
    const catalog = await shippedCatalog();
    const urgencyOf = (id: string) => catalog.categories.find((category) => category.id === id)?.defaultUrgency;
    expect(urgencyOf('heating.home.too-cold')).toBe('urgent');
    expect(urgencyOf('utilities.water.outage')).toBe('urgent');
    expect(urgencyOf('utilities.power.outage')).toBe('urgent');
    expect(urgencyOf('utilities.gas.leak')).toBe('emergency');
    expect(urgencyOf('housing.house-safety.collapse-risk')).toBe('emergency');
    expect(urgencyOf('housing.property-management.fees')).toBe('normal');
  });

  it('knows colloquial words for what callers ask', async () => {
    const catalog = await shippedCatalog();
    const withKeyword = (word: string) => catalog.categories.filter((category) => category.keywords.includes(word)).map((c) => c.id);
    expect(withKeyword('暖气不热')).toContain('heating.home.too-cold');
    expect(withKeyword('暂住证')).toContain('household.residence-permit.application');
    expect(withKeyword('我租房能取公积金吗')).toContain('housing-fund.withdrawal.rent');
  });

  it('has a government for each district, an office for each street and about 40 bureaus and utilities', async () => {
    const catalog = await shippedCatalog();
    const ofKind = (...kinds: string[]) => catalog.units.filter((unit) => kinds.includes(unit.kind));
    expect(ofKind('district_government')).toHaveLength(16);
    const streetCodes = catalog.places.filter((place) => place.level === 'street').map((place) => place.code);
    const territorial = ofKind('street_office', 'township_government', 'zone_committee');
    expect(territorial.flatMap((unit) => unit.placeCodes).sort()).toEqual([...streetCodes].sort());
    expect(ofKind('bureau', 'utility').length).toBeGreaterThanOrEqual(40);
    expect(catalog.units.find((unit) => unit.id === 'street-110108011')?.name).toBe('中关村街道办事处');
  });

  it('explains a suggestion the way the intake issue shows it', async () => {
    const catalog = await shippedCatalog();
    const index = indexCatalog(catalog);
    const heatingRule = catalog.routingRules.find((rule) => rule.kind === 'category' && rule.categoryId === 'heating');
    const placeRule = catalog.routingRules.find((rule) => rule.kind === 'place' && rule.placeCode === '110108011');
    if (!heatingRule || !placeRule) throw new Error('missing rule');
    const heatingText = fillReasonTemplate(heatingRule.reason, {
      category: index.categoryById.get('heating')?.name,
      unit: index.unitById.get(heatingRule.unitId)?.shortName,
    });
    const placeText = fillReasonTemplate(placeRule.reason, {
      place: index.placeByCode.get('110108011')?.name,
      unit: index.unitById.get(placeRule.unitId)?.name,
    });
    expect(heatingText).toContain('供热 → 市城市管理委');
    expect(placeText).toContain('中关村街道 → 中关村街道办事处');
  });

  it('has the SLA table of the domain brief', async () => {
    const catalog = await shippedCatalog();
    const hour = 3_600_000;
    const rows = Object.fromEntries(catalog.slaTable.map((row) => [row.slaClass, [row.dispatchWithinMs, row.feedbackWithinMs]]));
    expect(rows).toEqual({
      emergency: [hour, 2 * hour],
      urgent: [2 * hour, 24 * hour],
      general: [24 * hour, 7 * 24 * hour],
      complex: [null, 15 * 24 * hour],
    });
  });
});
