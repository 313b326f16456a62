import type { CatalogIndex } from './catalog-index';
import { entryProblem, type CatalogProblem } from './catalog-problem';
import type { Catalog } from './catalog-schema';
import type { PlaceLevel } from './place-schema';

const parentLevel: Record<PlaceLevel, PlaceLevel | null> = { district: null, street: 'district', community: 'street' };

/**
 * Places form district → street → community, and a child's code extends its
 * parent's code (that is how the statistical codes are built), so analysis
 * by code prefix and the tree never disagree.
 */
export function findPlaceProblems(catalog: Catalog, index: CatalogIndex): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seenCodes = new Set<string>();

  catalog.places.forEach((place, at) => {
    const report = (field: string | null, reason: string) =>
      problems.push(entryProblem('places', at, place.code, field, reason));

    if (seenCodes.has(place.code)) report('code', 'duplicates the code of an earlier place');
    seenCodes.add(place.code);

    const expectedParentLevel = parentLevel[place.level];
    if (expectedParentLevel === null || place.parentCode === null) return;
    const parent = index.placeByCode.get(place.parentCode);
    if (!parent) {
      report('parentCode', `refers to the unknown place "${place.parentCode}"`);
      return;
    }
    if (parent.level !== expectedParentLevel) {
      report('parentCode', `a ${place.level} belongs to a ${expectedParentLevel}, but "${parent.code}" is a ${parent.level}`);
    }
    if (!place.code.startsWith(place.parentCode)) {
      report('code', `does not extend its parent's code "${place.parentCode}"`);
    }
  });
  return problems;
}
