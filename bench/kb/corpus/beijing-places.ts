import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Districts with their streets/towns and communities, from the shipped demo
 * catalog. District variants of a policy name local offices and
 * neighbourhoods: place names are the kind of rare, specific vocabulary a
 * real knowledge base is full of.
 */
export interface District {
  name: string;
  streets: string[];
  communities: string[];
}

interface CatalogPlace {
  level: string;
  code: string;
  parentCode: string | null;
  name: string;
}

export function loadBeijingDistricts(resourcesDir: string): District[] {
  const catalog = JSON.parse(readFileSync(join(resourcesDir, 'catalog', 'catalog.json'), 'utf8')) as { places: CatalogPlace[] };
  const byCode = new Map<string, District>();
  const streetDistrict = new Map<string, District>();
  for (const place of catalog.places) {
    if (place.level === 'district') byCode.set(place.code, { name: place.name, streets: [], communities: [] });
  }
  for (const place of catalog.places) {
    const district = place.parentCode === null ? undefined : byCode.get(place.parentCode);
    if (place.level === 'street' && district) {
      district.streets.push(place.name);
      streetDistrict.set(place.code, district);
    }
  }
  for (const place of catalog.places) {
    const district = place.parentCode === null ? undefined : streetDistrict.get(place.parentCode);
    if (place.level === 'community' && district) district.communities.push(place.name);
  }
  return [...byCode.values()].filter((district) => district.streets.length > 0);
}
