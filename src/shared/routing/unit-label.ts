import type { Unit } from '../catalog/unit-schema';

/**
 * How a unit is named in a routing reason. Bureaus and utilities go by the
 * short name people say (市城市管理委); a territorial unit's short name is
 * usually its territory (中关村街道), which would read "中关村街道 →
 * 中关村街道", so those are named in full (中关村街道办事处).
 */
export function unitLabel(unit: Unit): string {
  return unit.kind === 'bureau' || unit.kind === 'utility' ? unit.shortName : unit.name;
}
