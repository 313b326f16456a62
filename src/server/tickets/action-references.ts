import type { Database } from 'better-sqlite3';
import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { PublishedCatalog } from '../catalog/catalog-store';
import type { RejectionReason } from './ticket-outcome';
import { prepareCached } from '../store/prepare-cached';

/**
 * The first unit or ticket an action names that does not exist. The state
 * machine judges whether the action is legal; it cannot know whether unit
 * "street-x" is in the catalog or whether the parent ticket is on the center.
 */
export function findActionReferenceProblem(
  db: Database,
  ticketId: string,
  action: TicketAction,
  catalog: PublishedCatalog,
): RejectionReason | null {
  const units = catalog.index.unitById;
  const unknownUnit = (path: string, unitId: string): RejectionReason => ({
    code: 'unknown_reference',
    path,
    message: `unit "${unitId}" is not in catalog ${catalog.version}`,
  });
  switch (action.type) {
    case 'dispatch': {
      if (!units.has(action.leadUnitId)) return unknownUnit('action.leadUnitId', action.leadUnitId);
      const index = (action.coUnitIds ?? []).findIndex((unitId) => !units.has(unitId));
      const coUnitId = action.coUnitIds?.[index];
      return coUnitId === undefined ? null : unknownUnit(`action.coUnitIds.${index}`, coUnitId);
    }
    case 'add_co_units': {
      const index = action.unitIds.findIndex((unitId) => !units.has(unitId));
      const unitId = action.unitIds[index];
      return unitId === undefined ? null : unknownUnit(`action.unitIds.${index}`, unitId);
    }
    case 'link_as_repeat': {
      const path = 'action.parentTicketId';
      if (action.parentTicketId === ticketId) return { code: 'unknown_reference', path, message: 'a ticket cannot repeat itself' };
      const parent = prepareCached(db, 'SELECT 1 FROM ticket WHERE id = ?').get(action.parentTicketId);
      return parent ? null : { code: 'unknown_reference', path, message: `no ticket ${action.parentTicketId} on the center` };
    }
    default:
      return null;
  }
}
