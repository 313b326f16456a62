import type { Catalog } from '../../../src/shared/catalog/catalog-schema';

/**
 * The smallest catalog that passes every check, for tests that break one
 * thing at a time. Each call returns a fresh copy to mutate.
 */
export function tinyCatalog(): Catalog {
  return {
    format: 1,
    version: '2026.11-test.1',
    publishedAt: Date.UTC(2026, 10, 1),
    categories: [
      { id: 'heating', parentId: null, level: 1, name: '供热', keywords: ['暖气'] },
      { id: 'heating.home', parentId: 'heating', level: 2, name: '居民供热', keywords: [] },
      {
        id: 'heating.home.too-cold',
        parentId: 'heating.home',
        level: 3,
        name: '室温不达标',
        keywords: ['暖气不热'],
        defaultUrgency: 'urgent',
        slaClass: 'urgent',
      },
      {
        id: 'heating.home.fees',
        parentId: 'heating.home',
        level: 3,
        name: '供热收费',
        keywords: ['取暖费'],
        defaultUrgency: 'normal',
        slaClass: 'general',
      },
    ],
    places: [
      { level: 'district', code: '110108', parentCode: null, name: '海淀区', keywords: [] },
      { level: 'street', code: '110108011', parentCode: '110108', name: '中关村街道', kind: 'subdistrict', keywords: [] },
      {
        level: 'community',
        code: '110108011001',
        parentCode: '110108011',
        name: '科育社区',
        kind: 'residential',
        keywords: [],
        demo: true,
      },
    ],
    units: [
      {
        id: 'district-110108',
        name: '北京市海淀区人民政府',
        shortName: '海淀区政府',
        kind: 'district_government',
        districtCode: '110108',
        categoryIds: [],
        placeCodes: ['110108'],
        keywords: [],
      },
      {
        id: 'street-110108011',
        name: '中关村街道办事处',
        shortName: '中关村街道',
        kind: 'street_office',
        districtCode: '110108',
        categoryIds: [],
        placeCodes: ['110108011'],
        keywords: [],
      },
      {
        id: 'city.urban-management',
        name: '北京市城市管理委员会',
        shortName: '市城市管理委',
        kind: 'bureau',
        districtCode: null,
        categoryIds: ['heating'],
        placeCodes: [],
        keywords: ['城管委'],
      },
    ],
    routingRules: [
      {
        id: 'category.heating',
        kind: 'category',
        categoryId: 'heating',
        unitId: 'city.urban-management',
        role: 'authority',
        reason: '类别 {category} → {unit}',
      },
      { id: 'place.110108', kind: 'place', placeCode: '110108', unitId: 'district-110108', reason: '属地 {place} → {unit}' },
      {
        id: 'place.110108011',
        kind: 'place',
        placeCode: '110108011',
        unitId: 'street-110108011',
        reason: '属地 {place} → {unit}',
      },
    ],
    slaTable: [
      { slaClass: 'emergency', name: '紧急', urgency: 'emergency', dispatchWithinMs: 3_600_000, feedbackWithinMs: 7_200_000 },
      { slaClass: 'urgent', name: '急件', urgency: 'urgent', dispatchWithinMs: 7_200_000, feedbackWithinMs: 86_400_000 },
      { slaClass: 'general', name: '一般', urgency: 'normal', dispatchWithinMs: 86_400_000, feedbackWithinMs: 604_800_000 },
      { slaClass: 'complex', name: '复杂', urgency: null, dispatchWithinMs: null, feedbackWithinMs: 1_296_000_000 },
    ],
  };
}
