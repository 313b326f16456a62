import type { Place } from '../../src/shared/catalog/place-schema';
import { communityFromCommittee } from './community-name';
import type { DivisionRow } from './read-beijing-divisions';
import type { PlaceAliasesSource } from './source-schemas';
import { streetKindOf } from './street-kind';

export interface BeijingDivisions {
  districts: DivisionRow[];
  streets: DivisionRow[];
  committees: DivisionRow[];
}

/**
 * A few communities per street, not all ~7,500: enough to pick a real
 * community in the demo while keeping the shipped file small. Residents'
 * committees first, then one village where the street has villages, so
 * townships show both kinds; always the lowest codes, so builds repeat.
 */
function sampleCommittees(committees: DivisionRow[], perStreet: number): DivisionRow[] {
  const residential = committees.filter((row) => communityFromCommittee(row.name)?.kind === 'residential');
  const villages = committees.filter((row) => communityFromCommittee(row.name)?.kind === 'village');
  const villageShare = villages.length > 0 ? Math.min(1, perStreet) : 0;
  const picked = [...residential.slice(0, perStreet - villageShare), ...villages.slice(0, villageShare)];
  const rest = [...residential, ...villages].filter((row) => !picked.includes(row));
  return [...picked, ...rest].slice(0, perStreet).sort((a, b) => a.code.localeCompare(b.code));
}

export function buildPlaces(divisions: BeijingDivisions, aliases: PlaceAliasesSource, communitiesPerStreet: number): Place[] {
  const committeesByStreet = Map.groupBy(divisions.committees, (row) => row.parentCode);
  const keywordsOf = (code: string) => aliases[code] ?? [];
  const places: Place[] = [];

  for (const district of divisions.districts) {
    places.push({ level: 'district', code: district.code, parentCode: null, name: district.name, keywords: keywordsOf(district.code) });
    for (const street of divisions.streets.filter((row) => row.parentCode === district.code)) {
      places.push({
        level: 'street',
        code: street.code,
        parentCode: district.code,
        name: street.name,
        kind: streetKindOf(street.name, street.code),
        keywords: keywordsOf(street.code),
      });
      for (const committee of sampleCommittees(committeesByStreet.get(street.code) ?? [], communitiesPerStreet)) {
        const community = communityFromCommittee(committee.name);
        if (community === null) continue;
        places.push({
          level: 'community',
          code: committee.code,
          parentCode: street.code,
          name: community.name,
          kind: community.kind,
          keywords: [],
          demo: true,
        });
      }
    }
  }

  const known = new Set(places.map((place) => place.code));
  for (const code of Object.keys(aliases)) {
    if (!known.has(code)) throw new Error(`place-aliases.yaml names ${code}, which is not a Beijing district or street`);
  }
  return places;
}
