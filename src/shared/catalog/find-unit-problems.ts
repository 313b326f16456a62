import { isPlaceWithin, type CatalogIndex } from './catalog-index';
import { entryProblem, type CatalogProblem } from './catalog-problem';
import type { Catalog } from './catalog-schema';
import type { UnitKind } from './unit-schema';

/** Kinds that govern territory inside one district, so they need a district and their places must lie in it. */
const territorialKinds: ReadonlySet<UnitKind> = new Set([
  'district_government',
  'street_office',
  'township_government',
  'zone_committee',
]);

/**
 * Units must point at categories and places that exist, and a territorial
 * unit must govern some territory inside its own district; otherwise a
 * routing suggestion could name a unit that cannot take the ticket.
 */
export function findUnitProblems(catalog: Catalog, index: CatalogIndex): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seenIds = new Set<string>();

  catalog.units.forEach((unit, at) => {
    const report = (field: string | null, reason: string) =>
      problems.push(entryProblem('units', at, unit.id, field, reason));

    if (seenIds.has(unit.id)) report('id', 'duplicates the id of an earlier unit');
    seenIds.add(unit.id);

    if (unit.districtCode !== null) {
      const district = index.placeByCode.get(unit.districtCode);
      if (!district) report('districtCode', `refers to the unknown place "${unit.districtCode}"`);
      else if (district.level !== 'district') report('districtCode', `"${unit.districtCode}" is a ${district.level}, not a district`);
    }

    unit.categoryIds.forEach((categoryId, i) => {
      if (!index.categoryById.has(categoryId)) report(`categoryIds[${i}]`, `refers to the unknown category "${categoryId}"`);
    });
    unit.placeCodes.forEach((placeCode, i) => {
      if (!index.placeByCode.has(placeCode)) report(`placeCodes[${i}]`, `refers to the unknown place "${placeCode}"`);
      else if (unit.districtCode !== null && !isPlaceWithin(index, placeCode, unit.districtCode)) {
        report(`placeCodes[${i}]`, `"${placeCode}" lies outside the unit's district "${unit.districtCode}"`);
      }
    });

    if (territorialKinds.has(unit.kind)) {
      if (unit.districtCode === null) report('districtCode', `a ${unit.kind} belongs to a district`);
      if (unit.placeCodes.length === 0) report('placeCodes', `a ${unit.kind} governs at least one place`);
    }
  });
  return problems;
}
