import type { SlaTable } from '../../src/shared/catalog/sla-table-schema';
import { parseDurationMs } from './parse-duration';
import type { SlaTableSource } from './source-schemas';

export function buildSlaTable(source: SlaTableSource): SlaTable {
  return source.map((row) => ({
    slaClass: row.slaClass,
    name: row.name,
    urgency: row.urgency,
    dispatchWithinMs: row.dispatchWithin === null ? null : parseDurationMs(row.dispatchWithin),
    feedbackWithinMs: parseDurationMs(row.feedbackWithin),
  }));
}
