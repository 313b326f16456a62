import type { StreetKind } from '../../src/shared/catalog/place-schema';
import type { UnitKind } from '../../src/shared/catalog/unit-schema';

/**
 * Street-level divisions come in five kinds, told apart by their names and
 * the statistics bureau's codes (4xx: development zones listed like
 * townships). The kind decides who governs it and how that unit is named.
 */
export function streetKindOf(name: string, code: string): StreetKind {
  if (name.endsWith('街道')) return 'subdistrict';
  if (name.endsWith('地区')) return 'area';
  if (name.endsWith('镇')) return 'town';
  if (name.endsWith('乡')) return 'township';
  if (/^\d{6}4\d\d$/.test(code)) return 'zone';
  throw new Error(`cannot tell what kind of division ${name} (${code}) is`);
}

/** 中关村街道 → 中关村街道办事处; 南口地区 → 南口地区办事处; 南口镇 → 南口镇人民政府; zones → 管理委员会. */
export function governingUnitOf(name: string, kind: StreetKind): { name: string; kind: UnitKind } {
  switch (kind) {
    case 'subdistrict':
    case 'area':
      return { name: `${name}办事处`, kind: 'street_office' };
    case 'town':
    case 'township':
      return { name: `${name}人民政府`, kind: 'township_government' };
    case 'zone':
      return { name: `${name}管理委员会`, kind: 'zone_committee' };
  }
}
