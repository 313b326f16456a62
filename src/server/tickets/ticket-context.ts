import type { PublishedCatalog } from '../catalog/catalog-store';
import type { TicketWriter } from '../store/ticket-writer';

/** What a ticket operation needs, fixed for its transaction: the store, the catalog in force and the time. */
export interface TicketContext {
  writer: TicketWriter;
  catalog: PublishedCatalog;
  now: number;
}
