import type { SlaClass, SlaRow } from '../catalog/sla-table-schema';

export interface SlaDeadlineInput {
  /** When intake finished (the call ended, the message was accepted): the dispatch clock starts here. */
  receivedAt: number;
  /** The latest (re)dispatch, rework included: the unit's feedback clock starts here. */
  dispatchedAt?: number | null;
  slaClass: SlaClass;
}

export interface SlaDeadlines {
  /** Null for classes with no dispatch deadline (complex). */
  dispatchBy: number | null;
  feedbackBy: number;
  /**
   * True while the ticket is not dispatched yet: the feedback deadline is
   * then counted from receipt, the earliest dispatch could make it, which is
   * what the intake form shows live as the operator picks an urgency.
   */
  feedbackByIsEstimate: boolean;
}

/** The deadlines of DOMAIN.md, "Deadlines", from the table the center's catalog carries. Times are epoch ms. */
export function deadlinesFor(input: SlaDeadlineInput, table: readonly SlaRow[]): SlaDeadlines {
  const row = slaRowFor(input.slaClass, table);
  const dispatchedAt = input.dispatchedAt ?? null;
  return {
    dispatchBy: row.dispatchWithinMs === null ? null : input.receivedAt + row.dispatchWithinMs,
    feedbackBy: (dispatchedAt ?? input.receivedAt) + row.feedbackWithinMs,
    feedbackByIsEstimate: dispatchedAt === null,
  };
}

/** A validated catalog has one row per class; a missing one is a bug upstream, so it fails loudly. */
export function slaRowFor(slaClass: SlaClass, table: readonly SlaRow[]): SlaRow {
  const row = table.find((r) => r.slaClass === slaClass);
  if (!row) throw new Error(`the SLA table has no row for class "${slaClass}"`);
  return row;
}
