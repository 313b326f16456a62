import type { Catalog } from '../../../src/shared/catalog/catalog-schema';
import type { RoutingRule } from '../../../src/shared/catalog/routing-rule-schema';
import { tinyCatalog } from '../catalog/tiny-catalog';

/**
 * The tiny catalog plus what routing needs to show each of its steps: a
 * subtree a utility leads (a burst heating main), a second district with no
 * rules of its own, and room for overrides a test adds.
 */
export function routingCatalog(extraRules: RoutingRule[] = []): Catalog {
  const catalog = tinyCatalog();
  catalog.categories.push(
    { id: 'heating.network', parentId: 'heating', level: 2, name: '供热管网', keywords: [] },
    {
      id: 'heating.network.pipe-burst',
      parentId: 'heating.network',
      level: 3,
      name: '管道爆裂',
      keywords: ['暖气管爆了'],
      defaultUrgency: 'emergency',
      slaClass: 'emergency',
    },
  );
  catalog.places.push(
    { level: 'district', code: '110105', parentCode: null, name: '朝阳区', keywords: [] },
    { level: 'street', code: '110105001', parentCode: '110105', name: '建外街道', kind: 'subdistrict', keywords: [] },
  );
  catalog.units.push(
    {
      id: 'utility.heating',
      name: '北京市热力集团有限责任公司',
      shortName: '北京热力集团',
      kind: 'utility',
      districtCode: null,
      categoryIds: ['heating.network'],
      placeCodes: [],
      keywords: [],
    },
    {
      id: 'district-110105',
      name: '北京市朝阳区人民政府',
      shortName: '朝阳区政府',
      kind: 'district_government',
      districtCode: '110105',
      categoryIds: [],
      placeCodes: ['110105'],
      keywords: [],
    },
  );
  catalog.routingRules.push(
    {
      id: 'category.heating.network',
      kind: 'category',
      categoryId: 'heating.network',
      unitId: 'utility.heating',
      role: 'lead',
      reason: '类别 {category} → {unit}',
    },
    ...extraRules,
  );
  return catalog;
}
