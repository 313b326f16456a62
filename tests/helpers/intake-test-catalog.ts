import type { Catalog } from '../../src/shared/catalog/catalog-schema';
import type { Place } from '../../src/shared/catalog/place-schema';
import type { RoutingRule } from '../../src/shared/catalog/routing-rule-schema';
import type { Unit } from '../../src/shared/catalog/unit-schema';
import { defaultSlaTable } from '../../src/shared/sla/default-sla-table';

const street = (code: string, parentCode: string, name: string): Place => ({
  level: 'street',
  code,
  parentCode,
  name,
  kind: 'subdistrict',
  keywords: [],
});
const community = (code: string, parentCode: string, name: string): Place => ({
  level: 'community',
  code,
  parentCode,
  name,
  kind: 'residential',
  keywords: [],
  demo: true,
});
const districtGovernment = (code: string, shortName: string): Unit => ({
    id: `district-${code}`,
    name: `北京市${shortName.replace('政府', '')}人民政府`,
    shortName,
    kind: 'district_government',
    districtCode: code,
    categoryIds: [],
    placeCodes: [code],
    keywords: [],
  });
const streetOffice = (code: string, districtCode: string, name: string): Unit => ({
    id: `street-${code}`,
    name: `${name}办事处`,
    shortName: name,
    kind: 'street_office',
    districtCode,
    categoryIds: [],
    placeCodes: [code],
    keywords: [],
  });
const placeRule = (code: string, unitId: string): RoutingRule => ({
  id: `place.${code}`,
  kind: 'place',
  placeCode: code,
  unitId,
  reason: '属地 {place} → {unit}',
});

/**
 * A small catalog in the shipped format, shaped like the real one: two
 * districts with streets and communities, three category trees with
 * colloquial keywords, street offices, bureaus and a utility, and routing
 * rules of each kind (authority, lead, place).
 */
export function intakeTestCatalog(): Catalog {
  return {
    format: 1,
    version: '2026.11-test.2',
    publishedAt: Date.UTC(2026, 10, 1),
    categories: [
      { id: 'heating', parentId: null, level: 1, name: '供热', keywords: ['暖气'] },
      { id: 'heating.home', parentId: 'heating', level: 2, name: '居民供热', keywords: [] },
      {
        id: 'heating.home.too-cold',
        parentId: 'heating.home',
        level: 3,
        name: '室温不达标',
        keywords: ['暖气不热', '没暖气'],
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
      { id: 'property', parentId: null, level: 1, name: '物业管理', keywords: ['物业'] },
      { id: 'property.service', parentId: 'property', level: 2, name: '物业服务', keywords: [] },
      {
        id: 'property.service.fees',
        parentId: 'property.service',
        level: 3,
        name: '物业收费',
        keywords: ['物业费'],
        defaultUrgency: 'normal',
        slaClass: 'general',
      },
      {
        id: 'property.service.elevator',
        parentId: 'property.service',
        level: 3,
        name: '电梯故障',
        keywords: ['电梯坏了', '困人'],
        defaultUrgency: 'urgent',
        slaClass: 'urgent',
      },
      { id: 'environment', parentId: null, level: 1, name: '生态环境', keywords: ['环保'] },
      { id: 'environment.noise', parentId: 'environment', level: 2, name: '噪声污染', keywords: ['噪音'] },
      {
        id: 'environment.noise.construction',
        parentId: 'environment.noise',
        level: 3,
        name: '施工噪声',
        keywords: ['夜间施工', '工地噪音'],
        defaultUrgency: 'normal',
        slaClass: 'general',
      },
    ],
    places: [
      { level: 'district', code: '110108', parentCode: null, name: '海淀区', keywords: ['海淀'] },
      street('110108011', '110108', '中关村街道'),
      community('110108011001', '110108011', '科育社区'),
      community('110108011002', '110108011', '黄庄社区'),
      street('110108012', '110108', '海淀街道'),
      { level: 'district', code: '110105', parentCode: null, name: '朝阳区', keywords: ['朝阳'] },
      street('110105001', '110105', '建外街道'),
      community('110105001001', '110105001', '永安里社区'),
    ],
    units: [
      districtGovernment('110108', '海淀区政府'),
      streetOffice('110108011', '110108', '中关村街道'),
      streetOffice('110108012', '110108', '海淀街道'),
      districtGovernment('110105', '朝阳区政府'),
      streetOffice('110105001', '110105', '建外街道'),
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
      {
        id: 'city.housing',
        name: '北京市住房和城乡建设委员会',
        shortName: '市住房城乡建设委',
        kind: 'bureau',
        districtCode: null,
        categoryIds: ['property'],
        placeCodes: [],
        keywords: ['住建委'],
      },
      {
        id: 'utility.heating',
        name: '北京市热力集团有限责任公司',
        shortName: '热力集团',
        kind: 'utility',
        districtCode: null,
        categoryIds: ['heating.home.fees'],
        placeCodes: [],
        keywords: ['热力公司'],
      },
    ],
    routingRules: [
      {
        id: 'category.heating',
        kind: 'category',
        categoryId: 'heating',
        unitId: 'city.urban-management',
        role: 'authority',
        reason: '类别 {category} → {unit}（主管部门，属地办理）',
      },
      {
        id: 'category.heating.home.fees',
        kind: 'category',
        categoryId: 'heating.home.fees',
        unitId: 'utility.heating',
        role: 'lead',
        reason: '类别 {category} → {unit}',
      },
      {
        id: 'category.property',
        kind: 'category',
        categoryId: 'property',
        unitId: 'city.housing',
        role: 'authority',
        reason: '类别 {category} → {unit}（主管部门，属地办理）',
      },
      placeRule('110108', 'district-110108'),
      placeRule('110108011', 'street-110108011'),
      placeRule('110108012', 'street-110108012'),
      placeRule('110105', 'district-110105'),
      placeRule('110105001', 'street-110105001'),
    ],
    slaTable: defaultSlaTable,
  };
}
