import { describe, expect, it } from 'vitest';
import type { CatalogProblem } from '../../../src/shared/catalog/catalog-problem';
import type { Catalog } from '../../../src/shared/catalog/catalog-schema';
import { validateCatalog } from '../../../src/shared/catalog/validate-catalog';
import { tinyCatalog } from './tiny-catalog';

/** Breaks one thing in a valid catalog and returns what validation says about it. */
function problemsAfter(breakIt: (catalog: Catalog) => void): Pick<CatalogProblem, 'path' | 'id' | 'reason'>[] {
  const catalog = tinyCatalog();
  breakIt(catalog);
  const result = validateCatalog(catalog);
  if (result.ok) return [];
  return result.problems.map(({ path, id, reason }) => ({ path, id, reason }));
}

const at = <T>(items: T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no entry ${index}`);
  return item;
};

describe('reference checks', () => {
  it('accept the tiny catalog', () => {
    expect(validateCatalog(tinyCatalog()).ok).toBe(true);
  });

  it('catch a category whose parent does not exist', () => {
    const problems = problemsAfter((catalog) => {
      at(catalog.categories, 2).parentId = 'heating.office';
    });
    expect(problems).toContainEqual({
      path: 'categories[2].parentId',
      id: 'heating.home.too-cold',
      reason: 'refers to the unknown category "heating.office"',
    });
  });

  it('catch a leaf without a default urgency, and a leaf above level 3', () => {
    expect(
      problemsAfter((catalog) => {
        delete at(catalog.categories, 3).defaultUrgency;
      }),
    ).toEqual([{ path: 'categories[3].defaultUrgency', id: 'heating.home.fees', reason: 'a leaf category needs a default urgency' }]);

    const shallow = problemsAfter((catalog) => {
      catalog.categories.push({ id: 'water', parentId: null, level: 1, name: '供水', keywords: [], defaultUrgency: 'urgent', slaClass: 'urgent' });
    });
    expect(shallow).toContainEqual(expect.objectContaining({ path: 'categories[4].level', id: 'water' }));
  });

  it('catch duplicate ids', () => {
    const problems = problemsAfter((catalog) => {
      catalog.categories.push({ ...at(catalog.categories, 3), name: '供热收费（重复）' });
    });
    expect(problems).toContainEqual({ path: 'categories[4].id', id: 'heating.home.fees', reason: 'duplicates the id of an earlier category' });
  });

  it('catch a place whose parent is missing or whose code does not extend its parent’s', () => {
    const dangling = problemsAfter((catalog) => {
      catalog.places.push({ level: 'street', code: '110999001', parentCode: '110999', name: '不存在街道', kind: 'subdistrict', keywords: [] });
    });
    expect(dangling).toContainEqual({ path: 'places[3].parentCode', id: '110999001', reason: 'refers to the unknown place "110999"' });

    const foreign = problemsAfter((catalog) => {
      catalog.places.push({ level: 'street', code: '110105001', parentCode: '110108', name: '错码街道', kind: 'subdistrict', keywords: [] });
    });
    expect(foreign).toContainEqual(expect.objectContaining({ path: 'places[3].code', id: '110105001' }));
  });

  it('catch a unit that names an unknown category or place', () => {
    const problems = problemsAfter((catalog) => {
      at(catalog.units, 2).categoryIds.push('heating.nowhere');
      at(catalog.units, 1).placeCodes.push('110108999');
    });
    expect(problems).toEqual([
      { path: 'units[1].placeCodes[1]', id: 'street-110108011', reason: 'refers to the unknown place "110108999"' },
      { path: 'units[2].categoryIds[1]', id: 'city.urban-management', reason: 'refers to the unknown category "heating.nowhere"' },
    ]);
  });

  it('catch routing rules that point at unknown units, categories or places', () => {
    const problems = problemsAfter((catalog) => {
      at(catalog.routingRules, 0).unitId = 'city.ghost';
      catalog.routingRules.push({
        id: 'override.x',
        kind: 'category_place',
        categoryId: 'heating.gone',
        placeCode: '110108011',
        unitId: 'street-110108011',
        reason: '{place} {category}',
      });
    });
    expect(problems).toEqual([
      { path: 'routingRules[0].unitId', id: 'category.heating', reason: 'refers to the unknown unit "city.ghost"' },
      { path: 'routingRules[3].categoryId', id: 'override.x', reason: 'refers to the unknown category "heating.gone"' },
    ]);
  });

  it('catch a rule that sends work to a unit not responsible for it, and two rules matching the same requests', () => {
    const problems = problemsAfter((catalog) => {
      at(catalog.routingRules, 2).unitId = 'city.urban-management';
      catalog.routingRules.push({ ...at(catalog.routingRules, 0), id: 'category.heating.again' });
    });
    expect(problems).toEqual([
      { path: 'routingRules[2].unitId', id: 'place.110108011', reason: '"city.urban-management" does not govern place "110108011"' },
      { path: 'routingRules[3]', id: 'category.heating.again', reason: 'matches the same requests as routingRules[0] (category.heating)' },
    ]);
  });

  it('catch a reason template with a placeholder the seat cannot fill', () => {
    const problems = problemsAfter((catalog) => {
      at(catalog.routingRules, 0).reason = '{categroy} → {unit}';
    });
    expect(problems).toEqual([
      { path: 'routingRules[0].reason', id: 'category.heating', reason: 'uses the unknown placeholder {categroy} (known: {category}, {place}, {unit})' },
    ]);
  });

  it('catch an SLA table that leaves an urgency without a class', () => {
    const problems = problemsAfter((catalog) => {
      catalog.slaTable = catalog.slaTable.filter((row) => row.slaClass !== 'emergency');
    });
    expect(problems).toEqual([{ path: 'slaTable', id: null, reason: 'no row is selected by urgency "emergency"' }]);
  });
});
