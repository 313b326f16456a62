import type { z } from 'zod';
import type { CatalogIndex } from '../../shared/catalog/catalog-index';
import type { ticketListInputSchema } from '../../shared/contract/intake/ticket-queries';
import { categorySubtree } from './category-subtree';

export type TicketListInput = z.output<typeof ticketListInputSchema>;

/**
 * A list filter as SQL: `where` is assembled only from the fixed fragments
 * below (so the number of distinct statements is bounded and each can be
 * prepared once); every value the operator typed is a bound parameter.
 */
export interface TicketListFilter {
  where: string;
  params: Record<string, string | number>;
}

export interface TicketListContext {
  /** This seat's client id: "mine" until operators sign in. */
  createdBy: string;
  now: number;
  index: CatalogIndex | null;
  /** The tickets the free text matched (text-matches.ts); null when there is no text. */
  textKeys: readonly number[] | null;
}

export function ticketListFilter(input: TicketListInput, context: TicketListContext): TicketListFilter {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};

  if (input.statuses && input.statuses.length > 0) {
    clauses.push('status IN (SELECT value FROM json_each(:statuses))');
    params.statuses = JSON.stringify(input.statuses);
  }
  if (input.appealTypes && input.appealTypes.length > 0) {
    clauses.push('appeal_type IN (SELECT value FROM json_each(:appealTypes))');
    params.appealTypes = JSON.stringify(input.appealTypes);
  }
  if (input.categoryId) {
    // A category id the catalog does not know (an older version's) still matches itself.
    const known = context.index?.categoryById.has(input.categoryId) ?? false;
    const ids = known && context.index ? categorySubtree(context.index, input.categoryId) : [input.categoryId];
    clauses.push('category_id IN (SELECT value FROM json_each(:categories))');
    params.categories = JSON.stringify(ids);
  }
  if (input.districtCode) {
    clauses.push('district_code = :districtCode');
    params.districtCode = input.districtCode;
  }
  if (input.urgency) {
    clauses.push('urgency = :urgency');
    params.urgency = input.urgency;
  }
  if (input.receivedFrom !== undefined) {
    clauses.push('received_at >= :receivedFrom');
    params.receivedFrom = input.receivedFrom;
  }
  if (input.receivedTo !== undefined) {
    clauses.push('received_at < :receivedTo');
    params.receivedTo = input.receivedTo;
  }
  if (input.mineOnly) {
    clauses.push('created_by = :createdBy');
    params.createdBy = context.createdBy;
  }
  if (input.overdueOnly) {
    // due_at is the deadline of the clock running in the ticket's status (migration 0003).
    clauses.push('due_at < :now');
    params.now = context.now;
  }
  if (context.textKeys !== null) {
    clauses.push('ticket_key IN (SELECT value FROM json_each(:textKeys))');
    params.textKeys = JSON.stringify(context.textKeys);
  }

  return { where: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}
