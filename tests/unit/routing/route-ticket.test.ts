import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/shared/catalog/catalog-schema';
import type { OverrideRoutingRule } from '../../../src/shared/catalog/routing-rule-schema';
import { validateCatalog } from '../../../src/shared/catalog/validate-catalog';
import { indexRoutingRules } from '../../../src/shared/routing/routing-index';
import { routeTicket, type RouteSuggestion } from '../../../src/shared/routing/route-ticket';
import { routingCatalog } from './routing-catalog';

const tooCold = 'heating.home.too-cold';
const zhongguancun = '110108011';

function route(catalog: Catalog, categoryId: string, placeCode: string): RouteSuggestion {
  // Every fixture is a catalog the seat would accept: routing is only ever run on those.
  const validation = validateCatalog(catalog);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems, null, 2));
  const outcome = routeTicket(indexRoutingRules(catalog), categoryId, placeCode);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.suggestion;
}

function override(id: string, categoryId: string, placeCode: string, unitId: string): OverrideRoutingRule {
  return { id, kind: 'category_place', categoryId, placeCode, unitId, reason: `特殊安排 {place}{category} → {unit}` };
}

const authorityCoUnit = { unitId: 'city.urban-management', reason: '类别 供热 → 市城市管理委' };

describe('routeTicket', () => {
  it('lets the street office lead where the category names only an authority, and offers the authority as co-unit', () => {
    expect(route(routingCatalog(), tooCold, zhongguancun)).toEqual({
      lead: { unitId: 'street-110108011', reason: '类别 供热 → 市城市管理委；属地 中关村街道 → 中关村街道办事处' },
      coUnits: [authorityCoUnit],
    });
  });

  it('routes a community to the office of its street and names the street the rule is for', () => {
    const suggestion = route(routingCatalog(), tooCold, '110108011001');
    expect(suggestion.lead).toEqual({
      unitId: 'street-110108011',
      reason: '类别 供热 → 市城市管理委；属地 中关村街道 → 中关村街道办事处',
    });
  });

  it('uses the deepest place rule: the street office rather than the district government', () => {
    expect(route(routingCatalog(), 'heating.home.fees', zhongguancun).lead?.unitId).toBe('street-110108011');
    expect(route(routingCatalog(), 'heating.home.fees', '110108').lead).toEqual({
      unitId: 'district-110108',
      reason: '类别 供热 → 市城市管理委；属地 海淀区 → 北京市海淀区人民政府',
    });
  });

  it('lets a deeper lead rule take the ticket wherever it is, with no co-unit', () => {
    expect(route(routingCatalog(), 'heating.network.pipe-burst', zhongguancun)).toEqual({
      lead: { unitId: 'utility.heating', reason: '类别 供热管网 → 北京热力集团' },
      coUnits: [],
    });
  });

  it('lets a category × place override beat both the lead rule and the place rule', () => {
    const catalog = routingCatalog([override('override.heating.zgc', 'heating', zhongguancun, 'district-110108')]);
    expect(route(catalog, 'heating.network.pipe-burst', zhongguancun)).toEqual({
      lead: { unitId: 'district-110108', reason: '特殊安排 中关村街道供热 → 北京市海淀区人民政府' },
      coUnits: [],
    });
    expect(route(catalog, tooCold, '110108011001')).toEqual({
      lead: { unitId: 'district-110108', reason: '特殊安排 中关村街道供热 → 北京市海淀区人民政府' },
      coUnits: [authorityCoUnit],
    });
    expect(route(catalog, tooCold, '110105001').lead?.unitId).toBe('district-110105');
  });

  it('prefers the override with the deeper category, then the one with the deeper place', () => {
    const catalog = routingCatalog([
      override('override.heating.zgc', 'heating', zhongguancun, 'district-110108'),
      override('override.home.haidian', 'heating.home', '110108', 'city.urban-management'),
      override('override.home.zgc', 'heating.home', zhongguancun, 'district-110108'),
    ]);
    expect(route(catalog, tooCold, '110108011001').lead?.reason).toBe('特殊安排 中关村街道居民供热 → 北京市海淀区人民政府');
    expect(route(catalog, tooCold, '110108').lead?.reason).toBe('特殊安排 海淀区居民供热 → 市城市管理委');
  });

  it('falls back to the district government when no rule matches, keeping the authority as co-unit', () => {
    expect(route(routingCatalog(), tooCold, '110105001')).toEqual({
      lead: {
        unitId: 'district-110105',
        reason: '类别 供热 → 市城市管理委；无对应派单规则，权属不明确 → 北京市朝阳区人民政府（由区政府统筹）',
      },
      coUnits: [authorityCoUnit],
    });
  });

  it('does not offer the authority as co-unit when it already leads', () => {
    const catalog = routingCatalog([override('override.heating.cy', 'heating', '110105', 'city.urban-management')]);
    expect(route(catalog, tooCold, '110105001')).toEqual({
      lead: { unitId: 'city.urban-management', reason: '特殊安排 朝阳区供热 → 市城市管理委' },
      coUnits: [],
    });
  });

  it('suggests no lead when nothing matches and the district has no government in the catalog', () => {
    const catalog = routingCatalog();
    catalog.units = catalog.units.filter((unit) => unit.id !== 'district-110105');
    expect(route(catalog, tooCold, '110105001')).toEqual({ lead: null, coUnits: [authorityCoUnit] });
  });

  it('names each field whose id the catalog does not know', () => {
    const routing = indexRoutingRules(routingCatalog());
    expect(routeTicket(routing, 'heating.nope', '110108999')).toEqual({
      ok: false,
      issues: [
        { path: 'categoryId', reason: 'no category "heating.nope" in the catalog' },
        { path: 'placeCode', reason: 'no place "110108999" in the catalog' },
      ],
    });
    expect(routeTicket(routing, tooCold, '110108999')).toMatchObject({ ok: false, issues: [{ path: 'placeCode' }] });
  });
});
