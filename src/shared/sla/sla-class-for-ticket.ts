import type { SlaClass, SlaRow } from '../catalog/sla-table-schema';
import type { Urgency } from '../catalog/urgency';

export interface SlaClassInput {
  urgency: Urgency;
  /** The leaf category's defaults from the catalog, when a category is chosen. */
  category?: { defaultUrgency?: Urgency | undefined; slaClass?: SlaClass | undefined } | null;
  /** A class the center declared for this ticket (complex), which overrides everything. */
  declaredSlaClass?: SlaClass | null;
}

/**
 * Which deadline class a ticket runs under. The catalog, not code, says which
 * class each urgency selects and which class each category carries; the rule
 * here is only who wins: the center's declaration, then the category's class
 * while the operator keeps its default urgency, then the operator's urgency.
 * So a 疑难 category stays complex until the operator marks the call urgent.
 */
export function slaClassFor(input: SlaClassInput, table: readonly SlaRow[]): SlaClass {
  if (input.declaredSlaClass) return input.declaredSlaClass;
  const category = input.category;
  if (category?.slaClass && (category.defaultUrgency === undefined || category.defaultUrgency === input.urgency)) {
    return category.slaClass;
  }
  return slaClassForUrgency(input.urgency, table);
}

/** The class an urgency selects in the table; a validated catalog has exactly one per urgency. */
export function slaClassForUrgency(urgency: Urgency, table: readonly SlaRow[]): SlaClass {
  const row = table.find((r) => r.urgency === urgency);
  if (!row) throw new Error(`the SLA table has no class for urgency "${urgency}"`);
  return row.slaClass;
}
