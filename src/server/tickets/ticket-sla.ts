import type { SlaClass } from '../../shared/catalog/sla-table-schema';
import type { Urgency } from '../../shared/catalog/urgency';
import { slaClassFor } from '../../shared/sla/sla-class-for-ticket';
import { deadlinesFor } from '../../shared/sla/sla-deadlines';
import type { PublishedCatalog } from '../catalog/catalog-store';

export interface TicketSla {
  slaClass: SlaClass;
  dispatchBy: number | null;
  feedbackBy: number;
}

/**
 * A ticket's deadline class and deadlines from the catalog's SLA table: the
 * class from its urgency and category, the dispatch clock from receipt and
 * the feedback clock from the latest (re)dispatch (receipt until then).
 */
export function ticketSla(
  input: { urgency: Urgency; categoryId: string; receivedAt: number; dispatchedAt: number | null },
  catalog: PublishedCatalog,
): TicketSla {
  const table = catalog.catalog.slaTable;
  const category = catalog.index.categoryById.get(input.categoryId) ?? null;
  const slaClass = slaClassFor({ urgency: input.urgency, category }, table);
  const deadlines = deadlinesFor({ receivedAt: input.receivedAt, dispatchedAt: input.dispatchedAt, slaClass }, table);
  return { slaClass, dispatchBy: deadlines.dispatchBy, feedbackBy: deadlines.feedbackBy };
}
