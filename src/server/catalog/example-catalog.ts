import type { Catalog } from '../../shared/catalog/catalog-schema';
import { defaultSlaTable } from '../../shared/sla/default-sla-table';

/**
 * The smallest catalog that passes every check: one category path, one
 * district with one street, the units that govern them. The OpenAPI
 * document shows it as the example of publishing a catalog, and a test
 * checks that it validates.
 */
export const exampleCatalog: Catalog = {
  format: 1,
  version: '2026.12-example.1',
  publishedAt: 1796054400000,
  categories: [
    { id: 'utilities', parentId: null, level: 1, name: '水电气热', keywords: [] },
    { id: 'utilities.heating', parentId: 'utilities', level: 2, name: '供热', keywords: ['暖气'] },
    {
      id: 'utilities.heating.cold',
      parentId: 'utilities.heating',
      level: 3,
      name: '暖气不热',
      keywords: ['暖气不热'],
      defaultUrgency: 'urgent',
      slaClass: 'urgent',
    },
  ],
  places: [
    { level: 'district', code: '110108', parentCode: null, name: '海淀区', keywords: [] },
    { level: 'street', code: '110108010', parentCode: '110108', name: '中关村街道', kind: 'subdistrict', keywords: [] },
  ],
  units: [
    {
      id: 'gov-110108',
      name: '北京市海淀区人民政府',
      shortName: '海淀区政府',
      kind: 'district_government',
      districtCode: '110108',
      categoryIds: [],
      placeCodes: ['110108'],
      keywords: [],
    },
    {
      id: 'street-110108010',
      name: '北京市海淀区人民政府中关村街道办事处',
      shortName: '中关村街道',
      kind: 'street_office',
      districtCode: '110108',
      categoryIds: [],
      placeCodes: ['110108010'],
      keywords: [],
    },
  ],
  routingRules: [{ id: 'place-110108010', kind: 'place', placeCode: '110108010', unitId: 'street-110108010', reason: '属地管理：{place} → {unit}' }],
  slaTable: defaultSlaTable,
};
