import { cityWideDistrict } from '../document/kb-document';

/**
 * Beijing's 16 districts. A query that names one (朝阳区 or just 朝阳)
 * wants that district's rules — and the city-wide ones, which apply there
 * too — more than another district's.
 */
export const beijingDistricts: readonly string[] = [
  '东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区',
  '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区',
];

const byName = new Map<string, string>();
for (const district of beijingDistricts) {
  byName.set(district, district);
  byName.set(district.slice(0, -1), district);
}

/** Every name of a district, full and short (朝阳区, 朝阳): words for the segmenter. */
export function districtNames(): string[] {
  return [...byName.keys()];
}

/** The district a word names (`朝阳` → `朝阳区`), or null. */
export function districtNamedBy(word: string): string | null {
  return byName.get(word) ?? null;
}

/** Whether a document of `documentDistrict` applies in `district`: its own rules and the city's. */
export function appliesInDistrict(documentDistrict: string, district: string): boolean {
  return documentDistrict === district || documentDistrict === cityWideDistrict;
}
