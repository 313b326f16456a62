import { ContractError, describeIssues } from '../../shared/contract/contract-error';
import { routeTicket } from '../../shared/routing/route-ticket';
import type { CatalogKeeper } from '../catalog/catalog-keeper';
import { noCatalogError } from '../catalog/no-catalog-error';
import type { Handlers } from '../contract/dispatcher';

export function createRoutingHandlers(catalogs: CatalogKeeper): Pick<Handlers, 'intake.route'> {
  return {
    'intake.route': async ({ categoryId, placeCode }) => {
      await catalogs.ready;
      const active = catalogs.active();
      if (!active) throw noCatalogError('intake.route', catalogs.problems());
      const outcome = routeTicket(active.routing, categoryId, placeCode);
      if (outcome.ok) return outcome.suggestion;
      // An id the catalog in force does not know is bad input, named by field like any contract violation.
      const { issues } = outcome;
      const message = `${describeIssues('intake.route', issues)} (catalog ${active.catalog.version})`;
      throw new ContractError({ code: 'invalid_input', method: 'intake.route', message, issues });
    },
  };
}
