import type { Place } from '../../src/shared/catalog/place-schema';
import type { Unit } from '../../src/shared/catalog/unit-schema';
import type { MunicipalUnitSource, MunicipalUnitsSource } from './source-schemas';
import { governingUnitOf } from './street-kind';
import { districtGovernmentId, streetUnitId } from './territorial-unit-ids';

function municipalUnit(source: MunicipalUnitSource, kind: 'bureau' | 'utility'): Unit {
  return {
    id: source.id,
    name: source.name,
    shortName: source.shortName,
    kind,
    districtCode: null,
    categoryIds: source.categories,
    placeCodes: [],
    keywords: source.keywords,
  };
}

/**
 * Every district government and every street/township office, generated
 * from the places, then the municipal bureaus and utilities from the source.
 * Territorial units own no category subtree: they take whatever happens on
 * their territory that no bureau leads (属地管理).
 */
export function buildUnits(places: readonly Place[], municipal: MunicipalUnitsSource): Unit[] {
  const units: Unit[] = [];
  for (const place of places) {
    if (place.level === 'district') {
      const shortName = place.name.replace(/区$/, '区政府');
      units.push({
        id: districtGovernmentId(place.code),
        name: `北京市${place.name}人民政府`,
        shortName,
        kind: 'district_government',
        districtCode: place.code,
        categoryIds: [],
        placeCodes: [place.code],
        keywords: [`${place.name}人民政府`],
      });
    } else if (place.level === 'street') {
      const governing = governingUnitOf(place.name, place.kind);
      units.push({
        id: streetUnitId(place.code),
        name: governing.name,
        shortName: place.name,
        kind: governing.kind,
        districtCode: place.parentCode,
        categoryIds: [],
        placeCodes: [place.code],
        keywords: place.keywords,
      });
    }
  }
  units.push(...municipal.bureaus.map((source) => municipalUnit(source, 'bureau')));
  units.push(...municipal.utilities.map((source) => municipalUnit(source, 'utility')));
  return units;
}
