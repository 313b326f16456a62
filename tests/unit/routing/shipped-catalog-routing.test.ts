import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogFile } from '../../../src/core/catalog/demo-catalog-file';
import { loadCatalog } from '../../../src/core/catalog/load-catalog';
import { isLeafCategory } from '../../../src/shared/catalog/catalog-index';
import type { Catalog } from '../../../src/shared/catalog/catalog-schema';
import { indexRoutingRules, type RoutingIndex } from '../../../src/shared/routing/routing-index';
import { routeTicket, type RouteSuggestion } from '../../../src/shared/routing/route-ticket';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
let catalog: Catalog;
let routing: RoutingIndex;

beforeAll(async () => {
  const choice = await loadCatalog(demoCatalogFile(resourcesDir), null);
  if (choice.status !== 'applied') throw new Error('the shipped catalog was rejected');
  catalog = choice.catalog;
  routing = indexRoutingRules(catalog);
});

function route(categoryId: string, placeCode: string): RouteSuggestion {
  const outcome = routeTicket(routing, categoryId, placeCode);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.suggestion;
}

describe('routing with the shipped demo catalog', () => {
  it('sends cold radiators in 中关村街道 to the street office, with the city management commission as co-unit', () => {
    const suggestion = route('heating.home.too-cold', '110108011');
    expect(suggestion.lead?.unitId).toBe('street-110108011');
    expect(suggestion.lead?.reason).toBe('类别 供热 → 市城市管理委（主管部门，属地办理）；属地 中关村街道 → 中关村街道办事处');
    expect(suggestion.coUnits).toEqual([{ unitId: 'city.urban-management', reason: '类别 供热 → 市城市管理委（主管部门，属地办理）' }]);
    expect(route('heating.home.too-cold', '110108011002').lead?.unitId).toBe('street-110108011');
  });

  it('sends a burst heating main to the heating company wherever it is', () => {
    for (const place of ['110108011', '110105', '110119102']) {
      expect(route('heating.network.pipe-burst', place)).toEqual({
        lead: { unitId: 'utility.heating', reason: '类别 供热管线爆裂 → 北京热力集团' },
        coUnits: [],
      });
    }
  });

  it('applies the overrides: heating in the development zone, water in 延庆', () => {
    expect(route('heating.home.no-heat', '110115403').lead).toEqual({
      unitId: 'street-110115403',
      reason: '经开区 供热 → 北京经济技术开发区管理委员会（开发区内供热由管委会统一协调）',
    });
    expect(route('utilities.water.outage', '110119102').lead?.unitId).toBe('district-110119');
    expect(route('utilities.water.outage', '110108011').lead?.unitId).toBe('utility.water-group');
  });

  it('sends a provident-fund withdrawal to the fund centre from any district', () => {
    expect(route('housing-fund.withdrawal.rent', '110108011').lead?.unitId).toBe('city.housing-fund');
    expect(route('housing-fund.withdrawal.rent', '110119').lead?.unitId).toBe('city.housing-fund');
  });

  it('suggests an existing lead for every leaf in a street of every district, and only units that exist', () => {
    const leaves = catalog.categories.filter((category) => isLeafCategory(routing.catalog, category.id));
    const firstStreets = catalog.places.filter(
      (place, at, all) => place.level === 'street' && all.findIndex((other) => other.parentCode === place.parentCode) === at,
    );
    expect(firstStreets).toHaveLength(16);
    for (const leaf of leaves) {
      for (const street of firstStreets) {
        const suggestion = route(leaf.id, street.code);
        expect(suggestion.lead, `${leaf.id} @ ${street.code}`).not.toBeNull();
        for (const unit of [suggestion.lead!, ...suggestion.coUnits]) {
          expect(routing.catalog.unitById.has(unit.unitId)).toBe(true);
          expect(unit.reason).not.toMatch(/\{(category|place|unit)\}/);
        }
      }
    }
  });
});
